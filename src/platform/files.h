// File access shared by the native CLI and the web app (whose files live in Emscripten's in-memory FS):
// collecting input files from paths, reading them with a size limit, and loading the lexicon folder.
// Errors are values: a path that cannot be read becomes an InputError naming it, never an exception.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/lexicons.h"

namespace newslens::platform {

// Files under each path (a file, or a folder read recursively), sorted by path within each folder.
// Paths that do not exist are reported in `errors`. Hidden files and folders (".git") are skipped.
std::vector<std::string> collect_input_files(const std::vector<std::string>& paths,
                                             std::vector<core::InputError>& errors);

// Reads a whole file. Returns false and fills `error` (naming the problem) when it cannot, or when the
// file is larger than `max_bytes`.
bool read_file(const std::string& path, std::size_t max_bytes, std::string& bytes, std::string& error);

// Ingests every file under `paths` into `corpus` (errors become entries in corpus.errors).
void ingest_paths(const std::vector<std::string>& paths, core::Corpus& corpus);

// Loads every *.txt lexicon under `dir` (named by file stem), and every *.bin model in the sibling folder
// `dir/../models` as a blob (assets/models/ner.bin -> blob "ner").
core::Lexicons load_lexicon_dir(const std::string& dir);

}  // namespace newslens::platform
