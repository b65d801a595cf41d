// Captures a region of the frame just rendered (before the browser presents it) as a PNG file's bytes.
// In: a rectangle in logical pixels from the top left. Out: PNG bytes, empty when the region is empty.
#pragma once

#include <string>

namespace newslens::platform {

std::string capture_png(float x, float y, float width, float height);

}  // namespace newslens::platform
