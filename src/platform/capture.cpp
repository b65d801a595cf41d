#include "platform/capture.h"

#include <SDL_opengles2.h>

#include <algorithm>
#include <vector>

#include "imgui.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include "stb_image_write.h"

namespace newslens::platform {

std::string capture_png(float x, float y, float width, float height) {
  const ImGuiIO& io = ImGui::GetIO();
  const float sx = io.DisplayFramebufferScale.x, sy = io.DisplayFramebufferScale.y;
  const int fb_w = static_cast<int>(io.DisplaySize.x * sx), fb_h = static_cast<int>(io.DisplaySize.y * sy);
  const int px = std::clamp(static_cast<int>(x * sx), 0, fb_w), py = std::clamp(static_cast<int>(y * sy), 0, fb_h);
  const int w = std::min(static_cast<int>(width * sx), fb_w - px), h = std::min(static_cast<int>(height * sy), fb_h - py);
  if (w <= 0 || h <= 0) return {};
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  // GL's origin is the bottom left: read from the flipped row and write the rows top down.
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(px, fb_h - py - h, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::string png;
  stbi_flip_vertically_on_write(1);
  stbi_write_png_to_func(
      [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
      },
      &png, w, h, 4, pixels.data(), w * 4);
  return png;
}

}  // namespace newslens::platform
