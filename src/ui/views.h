// One function per view, each in its own file, all drawing from the shared AppState.
#pragma once

#include "ui/app_state.h"

namespace newslens::ui {

void draw_document_list(AppState& state);  // the left column
void draw_documents_view(AppState& state); // the Documents tab: the table of articles
void draw_reader_view(AppState& state);    // the Reader tab: the selected article's text

}  // namespace newslens::ui
