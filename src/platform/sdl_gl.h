// The platform half of the app: an SDL2 window with a WebGL2 (OpenGL ES 3) context, Dear ImGui wired to the
// SDL2 and OpenGL3 backends, and fonts rasterised at the screen's pixel density so text stays crisp.
// In: a font file path. Out: a Platform that runs frames; views never see SDL, GL or Emscripten.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

struct SDL_Window;

namespace newslens::platform {

struct Fonts {
  ImFont* body = nullptr;     // reading text and widgets
  ImFont* heading = nullptr;  // article titles, panel headings
};

// Keyboard shortcuts seen this frame (the views cannot see SDL's key codes).
struct Shortcuts {
  bool find = false;   // Ctrl+F
  bool help = false;   // F1, or ? when no text field has focus
  bool open = false;   // Ctrl+O
  bool escape = false;
};

class Platform {
 public:
  // Opens the window and GL context and initialises ImGui. Returns false with `error` set on failure
  // (no WebGL2, no font).
  bool init(const std::string& font_path, std::string& error);
  // Polls events, starts an ImGui frame; returns false when the app should quit (native only).
  bool begin_frame();
  void end_frame();
  void shutdown();
  // Makes sure the fonts can draw every character of `text` (UTF-8): new ones are rasterised before the next
  // frame. Called with the articles' text whenever the corpus changes.
  void need_glyphs(std::string_view text);
  const Fonts& fonts() const { return fonts_; }
  const Shortcuts& shortcuts() const { return shortcuts_; }
  float content_scale() const { return scale_; }

 private:
  void load_fonts(const std::string& font_path);
  void sync_canvas_size();

  SDL_Window* window_ = nullptr;
  void* gl_context_ = nullptr;
  Fonts fonts_;
  std::vector<char> font_bytes_;          // the font file, read once
  std::vector<bool> glyph_bits_ = std::vector<bool>(0x10000);  // characters beyond ASCII the text uses
  ImVector<ImWchar> ranges_;             // built from glyph_bits_; the atlas reads them when it builds
  bool glyphs_dirty_ = false;
  Shortcuts shortcuts_;
  std::string font_path_;
  float scale_ = 1.0f;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace newslens::platform
