#include "ui/export.h"

#include <cstdio>

#include "core/json.h"

namespace newslens::ui {

namespace {

std::string number_text(double v) {
  std::string out;
  core::append_json_number(out, v, 4);
  return out;
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

Table documents_table(const AppState& state) {
  Table t{{"id", "included", "outlet", "date", "title", "words", "entities", "quotes"}, {}};
  const auto& docs = state.analysis.corpus.documents;
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const DocStats& s = state.doc_stats[i];
    t.rows.push_back({docs[i].id, state.doc_included(i) ? "yes" : "no", docs[i].outlet, docs[i].date, docs[i].title,
                      std::to_string(s.words), std::to_string(s.entities), std::to_string(s.quotes)});
  }
  return t;
}

Table entities_table(const AppState& state) {
  Table t{{"name", "type", "mentions", "aliases"}, {}};
  const auto& a = state.analysis;
  for (std::uint32_t e = 0; e < a.entities.size(); ++e) {
    const std::uint32_t mentions = e < state.entity_mentions_included.size() ? state.entity_mentions_included[e] : 0;
    if (mentions == 0) continue;
    t.rows.push_back({a.entities[e].name, core::entity_type_name(a.entities[e].type), std::to_string(mentions),
                      join(a.entities[e].aliases, "; ")});
  }
  return t;
}

Table pairs_table(const AppState& state) {
  Table t{{"entity_a", "type_a", "entity_b", "type_b", "window", "count", "pmi", "npmi", "dice", "llr"}, {}};
  const auto& a = state.analysis;
  for (const core::PairStat& p : state.chart_pairs) {
    const core::Entity& x = a.entities[p.a];
    const core::Entity& y = a.entities[p.b];
    t.rows.push_back({x.name, core::entity_type_name(x.type), y.name, core::entity_type_name(y.type),
                      core::window_name(p.window), std::to_string(p.count), number_text(p.pmi), number_text(p.npmi),
                      number_text(p.dice), number_text(p.llr)});
  }
  return t;
}

Table quotes_table(const AppState& state) {
  Table t{{"document", "outlet", "speaker", "kind", "cue", "quote", "outlets_carrying"}, {}};
  const auto& a = state.analysis;
  for (const core::Quote& q : a.quotes) {
    if (!state.doc_included(q.doc)) continue;
    const core::Document& d = a.corpus.documents[q.doc];
    const std::size_t carried = q.group ? a.quote_groups[*q.group].docs.size() : 1;
    t.rows.push_back({d.id, d.outlet, q.speaker, core::quote_kind_name(q.kind), q.cue,
                      d.text.substr(q.span.start, q.span.size()), std::to_string(carried)});
  }
  return t;
}

Table figures_table(const AppState& state) {
  Table t{{"topic", "type", "disagree", "document", "outlet", "figure", "value", "unit", "context"}, {}};
  const auto& a = state.analysis;
  for (const core::FigureComparison& f : a.figures) {
    for (const core::FigureReport& r : f.reports) {
      if (!state.doc_included(r.doc)) continue;
      const core::Document& d = a.corpus.documents[r.doc];
      t.rows.push_back({f.topic, core::entity_type_name(f.type), f.disagree ? "yes" : "no", d.id, d.outlet,
                        d.text.substr(r.span.start, r.span.size()), number_text(r.value), r.unit,
                        d.text.substr(r.context.start, r.context.size())});
    }
  }
  return t;
}

}  // namespace

Table view_table(const AppState& state, View view) {
  switch (view) {
    case View::kDocuments:
    case View::kReader: return documents_table(state);
    case View::kEntities: return entities_table(state);
    case View::kNetwork:
    case View::kHeatmap:
    case View::kBars: return pairs_table(state);
    case View::kQuotes: return quotes_table(state);
    case View::kCompare: return figures_table(state);
  }
  return documents_table(state);
}

std::string table_csv(const Table& table) {
  std::string out;
  const auto field = [&](const std::string& f) {
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      return;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  };
  const auto row = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ',';
      field(cells[i]);
    }
    out += "\r\n";
  };
  row(table.header);
  for (const auto& r : table.rows) row(r);
  return out;
}

std::string table_json(const Table& table) {
  std::string out = "[";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out += r ? ",\n{" : "\n{";
    for (std::size_t c = 0; c < table.header.size() && c < table.rows[r].size(); ++c) {
      if (c) out += ',';
      core::append_json_string(out, table.header[c]);
      out += ':';
      core::append_json_string(out, table.rows[r][c]);
    }
    out += '}';
  }
  return out + "\n]\n";
}

std::string export_file_name(View view, const char* extension) {
  return std::string("newslens-") + view_name(view) + "." + extension;
}

}  // namespace newslens::ui
