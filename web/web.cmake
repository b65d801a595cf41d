# The web build: Dear ImGui + SDL2 + WebGL2 viewer over the analysis core; the page is shell.html with web/page.js
# inside it.
# Inputs: NEWSLENS_IMGUI_DIR (imgui sources, from tools/setup's Debian source package) and either
# NEWSLENS_SDL2_DIR (SDL2 built for WebAssembly by tools/setup) or, when it is empty, Emscripten's own SDL2 port
# (-sUSE_SDL=2, which needs emsdk with network access, as on a GitHub Actions runner).
set(NEWSLENS_IMGUI_DIR "$ENV{NEWSLENS_IMGUI_DIR}" CACHE PATH "Dear ImGui source folder")
set(NEWSLENS_SDL2_DIR "$ENV{NEWSLENS_SDL2_DIR}" CACHE PATH "SDL2 built for WebAssembly (empty: use -sUSE_SDL=2)")
set(NEWSLENS_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "TTF font bundled with the page")

if(NOT EXISTS "${NEWSLENS_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "NEWSLENS_IMGUI_DIR='${NEWSLENS_IMGUI_DIR}' holds no imgui.cpp: run tools/setup first")
endif()
if(NOT EXISTS "${NEWSLENS_FONT}")
  message(FATAL_ERROR "font ${NEWSLENS_FONT} not found: install fonts-dejavu-core (tools/setup does)")
endif()

# SDL2: either the locally built static library or the Emscripten port.
add_library(newslens_sdl2 INTERFACE)
if(NEWSLENS_SDL2_DIR)
  target_include_directories(newslens_sdl2 INTERFACE ${NEWSLENS_SDL2_DIR}/include/SDL2)
  target_link_libraries(newslens_sdl2 INTERFACE ${NEWSLENS_SDL2_DIR}/lib/libSDL2.a)
else()
  target_compile_options(newslens_sdl2 INTERFACE -sUSE_SDL=2)
  target_link_options(newslens_sdl2 INTERFACE -sUSE_SDL=2)
endif()

# Dear ImGui 1.86 with the SDL2 platform and OpenGL3 (WebGL2) renderer backends. Third-party: no -Werror.
set(IMGUI ${NEWSLENS_IMGUI_DIR})
add_library(imgui STATIC
  ${IMGUI}/imgui.cpp ${IMGUI}/imgui_draw.cpp ${IMGUI}/imgui_tables.cpp ${IMGUI}/imgui_widgets.cpp
  ${IMGUI}/backends/imgui_impl_sdl.cpp ${IMGUI}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI} ${IMGUI}/backends)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(imgui PUBLIC newslens_sdl2)

file(GLOB NEWSLENS_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
add_library(newslens_ui STATIC ${NEWSLENS_UI_SOURCES})
target_link_libraries(newslens_ui PUBLIC newslens_core imgui)
target_compile_options(newslens_ui PRIVATE ${NEWSLENS_WARNINGS})

add_library(newslens_platform STATIC src/platform/sdl_gl.cpp src/platform/web.cpp src/platform/capture.cpp)
target_link_libraries(newslens_platform PUBLIC newslens_files newslens_ui imgui)
target_compile_options(newslens_platform PRIVATE ${NEWSLENS_WARNINGS})
# PNG export uses stb_image_write from Debian's libstb-dev (header-only use; the implementation is compiled here).
find_path(NEWSLENS_STB_DIR stb_image_write.h PATHS /usr/include/stb NO_CMAKE_FIND_ROOT_PATH REQUIRED)
target_include_directories(newslens_platform SYSTEM PRIVATE ${NEWSLENS_STB_DIR})
set_source_files_properties(src/platform/capture.cpp PROPERTIES COMPILE_OPTIONS "-Wno-missing-field-initializers")

# Two builds of the page from the same objects:
#   site/   index.html + index.js + index.wasm + index.data: for a web server (GitHub Pages, tools/run). The .data
#           bundle is fetched with progress; so is the .wasm (shell.html streams it to show bytes arriving).
#   single/ newslens.html: code, font and corpus embedded, for opening from disk (file://) with no server.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/page.js)
file(GLOB NEWSLENS_ASSET_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*/*)
set(NEWSLENS_WEB_LINK_FLAGS
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sENVIRONMENT=web -sMINIFY_HTML=0 -sEXIT_RUNTIME=0
  "-sEXPORTED_FUNCTIONS=['_main','_newslens_status_json','_newslens_command','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','UTF8ToString','FS']")

# newslens_page(TARGET OUTPUT_DIR OUTPUT_NAME MODE): MODE is PRELOAD (.data beside the page) or EMBED (one file).
function(newslens_page target dir name mode)
  if(mode STREQUAL "EMBED")
    set(file_flag --embed-file)
    set(NEWSLENS_WASM_FILE "")           # the .wasm is inside the page: nothing to stream
    set(NEWSLENS_PRELOAD_LINKS "")
    set(extra -sSINGLE_FILE=1)
  else()
    set(file_flag --preload-file)
    set(NEWSLENS_WASM_FILE "${name}.wasm")
    # Fetched from the first bytes of the page, not once index.js has arrived and run.
    string(CONCAT NEWSLENS_PRELOAD_LINKS "<link rel=\"preload\" href=\"${name}.wasm\" as=\"fetch\" crossorigin>\n"
           "<link rel=\"preload\" href=\"${name}.data\" as=\"fetch\" crossorigin>")
    set(extra)
  endif()
  # The JS glue (web/page.js) goes inline into the page's <script>, with this build's file names filled in.
  file(READ ${CMAKE_SOURCE_DIR}/web/page.js page_js)
  string(CONFIGURE "${page_js}" NEWSLENS_PAGE_JS @ONLY)
  set(shell ${CMAKE_BINARY_DIR}/${target}-shell.html)
  configure_file(${CMAKE_SOURCE_DIR}/shell.html ${shell} @ONLY)
  add_executable(${target} ${CMAKE_SOURCE_DIR}/src/app/main.cpp)
  target_link_libraries(${target} PRIVATE newslens_platform)
  target_compile_options(${target} PRIVATE ${NEWSLENS_WARNINGS})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${name} SUFFIX ".html" RUNTIME_OUTPUT_DIRECTORY ${dir})
  target_link_options(${target} PRIVATE ${NEWSLENS_WEB_LINK_FLAGS} ${extra}
    "SHELL:--shell-file ${shell}"
    # SHELL: keeps each flag with its argument: CMake would otherwise merge the repeated flags.
    "SHELL:${file_flag} ${CMAKE_SOURCE_DIR}/assets/corpus@/assets/corpus"
    "SHELL:${file_flag} ${CMAKE_SOURCE_DIR}/assets/lexicons@/assets/lexicons"
    "SHELL:${file_flag} ${CMAKE_SOURCE_DIR}/assets/models@/assets/models"
    "SHELL:${file_flag} ${NEWSLENS_FONT}@/assets/fonts/ui.ttf")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${shell} ${NEWSLENS_ASSET_FILES})
endfunction()

newslens_page(newslens_web ${CMAKE_BINARY_DIR}/site index PRELOAD)
newslens_page(newslens_single ${CMAKE_BINARY_DIR}/single newslens EMBED)

# The command-line tool compiled to WebAssembly and run by Node on the real file system: the parity test
# (tests/browser/wasm_parity.test.mjs) compares its JSON with the native tool's, byte for byte, so the core the
# page runs is the core the evaluations measure. Links the same core objects as the page; no UI, no SDL.
add_executable(newslens_node ${CMAKE_SOURCE_DIR}/src/cli/main.cpp)
target_link_libraries(newslens_node PRIVATE newslens_files)
target_compile_options(newslens_node PRIVATE ${NEWSLENS_WARNINGS})
target_compile_definitions(newslens_node PRIVATE NEWSLENS_ASSET_DIR="${CMAKE_SOURCE_DIR}/assets")
set_target_properties(newslens_node PROPERTIES OUTPUT_NAME newslens SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/node)
target_link_options(newslens_node PRIVATE -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1
                    -sEXIT_RUNTIME=1 -sSINGLE_FILE=1)  # the .wasm inside: this Emscripten would fetch() it by path under Node 20
