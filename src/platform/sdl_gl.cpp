#include "platform/sdl_gl.h"

#include <SDL.h>
#include <SDL_opengles2.h>

#include "core/utf8.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImFileLoadToMemory
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>
#endif

namespace newslens::platform {

namespace {

constexpr float kBodyPixels = 17.0f;
constexpr float kHeadingPixels = 22.0f;

// Glyphs every page needs whatever it shows: ASCII and Latin-1 (the UI's words and "·"), general
// punctuation (“ ” ‘ ’ – — …), currency signs, "▲" and the replacement character for invalid bytes. The
// articles' own letters (Orbán, Łukaszenka, Cyrillic, Greek) are added from their text (need_glyphs):
// rasterising only those keeps the atlas small and quick to build.
constexpr ImWchar kBaseRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20A0, 0x20BF, 0x25B2, 0x25B2, 0xFFFD, 0xFFFD, 0};

float device_pixel_ratio() {
#ifdef __EMSCRIPTEN__
  return static_cast<float>(emscripten_get_device_pixel_ratio());
#else
  return 1.0f;
#endif
}

}  // namespace

bool Platform::init(const std::string& font_path, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  width_ = 1280;
  height_ = 800;
#ifdef __EMSCRIPTEN__
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  if (css_w > 0 && css_h > 0) {
    width_ = static_cast<int>(css_w);
    height_ = static_cast<int>(css_h);
  }
#endif
  window_ = SDL_CreateWindow("newslens", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width_, height_,
                             SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (window_ == nullptr) {
    error = std::string("could not open a window: ") + SDL_GetError();
    return false;
  }
  gl_context_ = SDL_GL_CreateContext(window_);
  if (gl_context_ == nullptr) {
    error = "newslens needs WebGL2, which this browser does not provide (or has disabled).\n"
            "Try a current Firefox, Chrome, Edge or Safari, with hardware acceleration on.";
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_context_);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the page has no writable disk; settings live in browser storage
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_context_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  font_path_ = font_path;
  load_fonts(font_path);
  if (fonts_.body == nullptr) {
    error = "could not load the font " + font_path;
    return false;
  }
  return true;
}

void Platform::load_fonts(const std::string& font_path) {
  ImGuiIO& io = ImGui::GetIO();
  scale_ = device_pixel_ratio();
  if (scale_ < 1.0f) scale_ = 1.0f;
  // Only the font texture is replaced on a rebuild: ImGui 1.86's DestroyDeviceObjects leaves its vertex buffer
  // size behind, and the next frames then overflow the recreated buffers (blank canvas).
  const bool had_texture = io.Fonts->TexID != nullptr;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts->Clear();
  glyphs_dirty_ = false;
  if (font_bytes_.empty()) {  // read once: both sizes, and every rebuild, use these bytes
    std::size_t size = 0;
    void* data = ImFileLoadToMemory(font_path.c_str(), "rb", &size);
    if (data == nullptr) {
      fonts_ = {};
      return;
    }
    font_bytes_.assign(static_cast<char*>(data), static_cast<char*>(data) + size);
    IM_FREE(data);
  }
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kBaseRanges);
  for (std::size_t cp = 0; cp < glyph_bits_.size(); ++cp)
    if (glyph_bits_[cp]) builder.AddChar(static_cast<ImWchar>(cp));
  ranges_.clear();
  builder.BuildRanges(&ranges_);
  ImFontConfig config;
  config.OversampleH = 1;  // rasterised at device pixels already: oversampling would only cost memory
  config.OversampleV = 1;
  config.FontDataOwnedByAtlas = false;
  const int bytes = static_cast<int>(font_bytes_.size());
  fonts_.body = io.Fonts->AddFontFromMemoryTTF(font_bytes_.data(), bytes, kBodyPixels * scale_, &config, ranges_.Data);
  fonts_.heading = io.Fonts->AddFontFromMemoryTTF(font_bytes_.data(), bytes, kHeadingPixels * scale_, &config, ranges_.Data);
  if (fonts_.heading == nullptr) fonts_.heading = fonts_.body;
  io.FontGlobalScale = 1.0f / scale_;
  io.FontDefault = fonts_.body;
  // The first time, the renderer creates the texture with its device objects at the first NewFrame.
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Platform::need_glyphs(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // ASCII is always there
      ++pos;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = core::decode_utf8(text, pos, len);
    pos += len;
    if (cp < 0x100 || cp >= glyph_bits_.size() || glyph_bits_[cp]) continue;
    glyph_bits_[cp] = true;
    glyphs_dirty_ = true;
  }
}

void Platform::sync_canvas_size() {
#ifdef __EMSCRIPTEN__
  // The canvas follows the browser window (CSS 100vw x 100vh); SDL resizes its backing store at the device
  // pixel ratio because the window allows high DPI.
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const int w = static_cast<int>(css_w), h = static_cast<int>(css_h);
  if (w > 0 && h > 0 && (w != width_ || h != height_)) {
    width_ = w;
    height_ = h;
    SDL_SetWindowSize(window_, w, h);
  }
#endif
}

bool Platform::begin_frame() {
  sync_canvas_size();
  // Moving the window to a screen of another density (or zooming the page) changes the pixel ratio:
  // re-rasterise the fonts so text stays crisp.
  const float dpr = device_pixel_ratio();
  if ((dpr >= 1.0f && dpr != scale_) || glyphs_dirty_) load_fonts(font_path_);
  bool keep_running = true;
  shortcuts_ = {};
  const bool typing = ImGui::GetIO().WantTextInput;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) keep_running = false;
    if (event.type == SDL_KEYDOWN && !event.key.repeat) {
      const bool ctrl = (event.key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) != 0;
      const SDL_Keycode key = event.key.keysym.sym;
      if (ctrl && key == SDLK_f) shortcuts_.find = true;
      if (ctrl && key == SDLK_o) shortcuts_.open = true;
      if (key == SDLK_F1) shortcuts_.help = true;
      if (key == SDLK_ESCAPE) shortcuts_.escape = true;
    }
    if (event.type == SDL_TEXTINPUT && !typing && event.text.text[0] == '?' && event.text.text[1] == '\0')
      shortcuts_.help = true;
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  return keep_running;
}

void Platform::end_frame() {
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.96f, 0.96f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
}

void Platform::shutdown() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  if (gl_context_) SDL_GL_DeleteContext(gl_context_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

}  // namespace newslens::platform
