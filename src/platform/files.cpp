#include "platform/files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/ingest.h"

namespace newslens::platform {

namespace fs = std::filesystem;

namespace {

// "Save Page As" (complete) writes "Story.html" and beside it "Story_files/" with the page's scripts, styles,
// images and the HTML of its frames (advertisements): none of it is an article.
bool is_saved_page_resources(const fs::path& dir) {
  const std::string name = dir.filename().string();
  if (name.size() <= 6 || !name.ends_with("_files")) return false;
  const fs::path page = dir.parent_path() / name.substr(0, name.size() - 6);
  std::error_code ec;
  for (const char* ext : {".html", ".htm", ".xhtml"})
    if (fs::exists(fs::path(page).concat(ext), ec)) return true;
  return false;
}

}  // namespace

std::vector<std::string> collect_input_files(const std::vector<std::string>& paths,
                                             std::vector<core::InputError>& errors) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      errors.push_back({path, "no such file or directory", 0, 0, 0});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors.push_back({path, "cannot read directory: " + ec.message(), 0, 0, 0});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if ((!name.empty() && name[0] == '.') || (it->is_directory(ec) && is_saved_page_resources(it->path()))) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().generic_string());
    }
    std::sort(found.begin(), found.end());
    // Inside a folder only article formats are inputs: images or scripts beside the articles are not
    // errors. A file named on its own is always an input, so an unsupported one is reported.
    for (std::string& f : found)
      if (core::input_format_for(f) != core::InputFormat::kUnsupported) files.push_back(std::move(f));
  }
  return files;
}

bool read_file(const std::string& path, std::size_t max_bytes, std::string& bytes, std::string& error) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    error = "cannot read: " + ec.message();
    return false;
  }
  if (size > max_bytes) {
    error = "file too large: " + std::to_string(size) + " bytes (the limit is " + std::to_string(max_bytes >> 20) +
            " MiB)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open for reading";
    return false;
  }
  bytes.resize(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::size_t>(in.gcount()) != size) {
    error = "short read";
    return false;
  }
  return true;
}

void ingest_paths(const std::vector<std::string>& paths, core::Corpus& corpus) {
  const std::vector<std::string> files = collect_input_files(paths, corpus.errors);
  std::string bytes;
  for (const std::string& file : files) {
    std::string error;
    if (!read_file(file, core::kMaxInputBytes, bytes, error)) {
      corpus.errors.push_back({file, error, 0, 0, 0});
      continue;
    }
    core::ingest_bytes(file, bytes, corpus);
  }
}

core::Lexicons load_lexicon_dir(const std::string& dir) {
  core::Lexicons lexicons;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->path().extension() == ".txt") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string bytes, error;
    if (read_file(p.string(), core::kMaxInputBytes, bytes, error)) lexicons.load(p.stem().string(), bytes);
  }
  // Models live beside the lexicons (<assets>/models/*.bin), so every caller of this function gets them.
  files.clear();
  ec.clear();
  fs::path lexicon_dir(dir);
  if (!lexicon_dir.has_filename()) lexicon_dir = lexicon_dir.parent_path();  // "assets/lexicons/"
  for (fs::directory_iterator it(lexicon_dir.parent_path() / "models", ec); !ec && it != fs::directory_iterator();
       it.increment(ec))
    if (it->path().extension() == ".bin") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string bytes, error;
    if (read_file(p.string(), core::kMaxInputBytes, bytes, error)) lexicons.load_blob(p.stem().string(), bytes);
  }
  return lexicons;
}

}  // namespace newslens::platform
