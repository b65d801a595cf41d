#include "core/analysis_json.h"

#include "core/json.h"

namespace newslens::core {

namespace {

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void key(const char* k) {
    out_ += '"';
    out_ += k;
    out_ += "\":";
  }
  void str(std::string_view s) { append_json_string(out_, s); }
  void str_or_null(std::string_view s) { s.empty() ? void(out_ += "null") : str(s); }
  void num(double v, int digits = 4) { append_json_number(out_, v, digits); }
  void raw(std::string_view s) { out_ += s; }

 private:
  std::string& out_;
};

std::string_view slice(const std::string& text, Span s) {
  return std::string_view(text).substr(s.start, s.size());
}

void write_span(Writer& w, const std::string& text, Span s) {
  w.raw("{");
  w.key("start"); w.num(s.start);
  w.raw(","); w.key("end"); w.num(s.end);
  w.raw(","); w.key("text"); w.str(slice(text, s));
  w.raw("}");
}

void write_documents(Writer& w, const Analysis& a) {
  w.key("documents");
  w.raw("[");
  for (std::size_t i = 0; i < a.corpus.documents.size(); ++i) {
    const Document& d = a.corpus.documents[i];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("id"); w.str(d.id);
    w.raw(","); w.key("path"); w.str(d.path);
    w.raw(","); w.key("title"); w.str(d.title);
    w.raw(","); w.key("outlet"); w.str_or_null(d.outlet);
    w.raw(","); w.key("date"); w.str_or_null(d.date);
    w.raw(","); w.key("bytes"); w.num(static_cast<double>(d.text.size()));
    w.raw(","); w.key("encoding"); w.str(d.encoding);
    const DocText& t = a.texts[i];
    w.raw(","); w.key("words"); w.num(static_cast<double>(word_count(t)));
    w.raw(","); w.key("sentences"); w.num(static_cast<double>(t.sentences.size()));
    w.raw(","); w.key("paragraphs"); w.num(static_cast<double>(t.paragraphs.size()));
    w.raw(","); w.key("warnings"); w.raw("[");
    for (std::size_t k = 0; k < d.warnings.size(); ++k) {
      if (k) w.raw(",");
      w.str(d.warnings[k]);
    }
    w.raw("]}");
  }
  w.raw("]");
}

void write_entities(Writer& w, const Analysis& a) {
  w.key("entities");
  w.raw("[");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("id"); w.num(static_cast<double>(i));
    w.raw(","); w.key("name"); w.str(e.name);
    w.raw(","); w.key("type"); w.str(entity_type_name(e.type));
    if (e.type == EntityType::kMoney || e.type == EntityType::kPercent || e.type == EntityType::kNumber) {
      w.raw(","); w.key("value"); w.num(e.value, 6);
      w.raw(","); w.key("unit"); w.str_or_null(e.unit);
    } else if (e.type == EntityType::kDate) {
      w.raw(","); w.key("value"); w.str_or_null(e.unit);
    }
    w.raw(","); w.key("aliases"); w.raw("[");
    for (std::size_t k = 0; k < e.aliases.size(); ++k) {
      if (k) w.raw(",");
      w.str(e.aliases[k]);
    }
    w.raw("],"); w.key("mentions"); w.raw("[");
    for (std::size_t k = 0; k < e.mentions.size(); ++k) {
      const Mention& m = a.mentions[e.mentions[k]];
      const Document& d = a.corpus.documents[m.doc];
      if (k) w.raw(",");
      w.raw("{"); w.key("doc"); w.str(d.id);
      w.raw(","); w.key("start"); w.num(m.span.start);
      w.raw(","); w.key("end"); w.num(m.span.end);
      w.raw(","); w.key("text"); w.str(slice(d.text, m.span));
      w.raw(","); w.key("kind"); w.str(m.kind == MentionKind::kRole ? "role" : "name");
      w.raw("}");
    }
    w.raw("]}");
  }
  w.raw("]");
}

void write_quotes(Writer& w, const Analysis& a) {
  w.key("quotes");
  w.raw("[");
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    const Document& d = a.corpus.documents[q.doc];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("doc"); w.str(d.id);
    w.raw(","); w.key("start"); w.num(q.span.start);
    w.raw(","); w.key("end"); w.num(q.span.end);
    w.raw(","); w.key("text"); w.str(slice(d.text, q.span));
    w.raw(","); w.key("kind"); w.str(quote_kind_name(q.kind));
    w.raw(","); w.key("speaker"); w.str_or_null(q.speaker);
    w.raw(","); w.key("speaker_entity");
    q.speaker_entity ? w.num(*q.speaker_entity) : w.raw("null");
    w.raw(","); w.key("speaker_mention");
    q.speaker_mention ? write_span(w, d.text, *q.speaker_mention) : w.raw("null");
    w.raw(","); w.key("cue"); w.str_or_null(q.cue);
    w.raw(","); w.key("group");
    q.group ? w.num(*q.group) : w.raw("null");
    w.raw("}");
  }
  w.raw("]");
}

void write_cooccurrence(Writer& w, const Analysis& a) {
  w.key("cooccurrence");
  w.raw("[");
  for (std::size_t i = 0; i < a.cooccurrence.size(); ++i) {
    const PairStat& p = a.cooccurrence[i];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("a"); w.num(p.a);
    w.raw(","); w.key("b"); w.num(p.b);
    w.raw(","); w.key("window"); w.str(window_name(p.window));
    w.raw(","); w.key("count"); w.num(p.count);
    w.raw(","); w.key("pmi"); w.num(p.pmi);
    w.raw(","); w.key("npmi"); w.num(p.npmi);
    w.raw(","); w.key("dice"); w.num(p.dice);
    w.raw(","); w.key("llr"); w.num(p.llr);
    w.raw("}");
  }
  w.raw("]");
}

void write_groups(Writer& w, const Analysis& a) {
  w.key("quote_groups");
  w.raw("[");
  for (std::size_t i = 0; i < a.quote_groups.size(); ++i) {
    const QuoteGroup& g = a.quote_groups[i];
    const Quote& longest = a.quotes[g.longest];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("id"); w.num(static_cast<double>(i));
    w.raw(","); w.key("text"); w.str(slice(a.corpus.documents[longest.doc].text, longest.span));
    w.raw(","); w.key("speaker"); w.str_or_null(longest.speaker);
    w.raw(","); w.key("quotes"); w.raw("[");
    for (std::size_t k = 0; k < g.quotes.size(); ++k) {
      if (k) w.raw(",");
      w.num(g.quotes[k]);
    }
    w.raw("],"); w.key("docs"); w.raw("[");
    for (std::size_t k = 0; k < g.docs.size(); ++k) {
      if (k) w.raw(",");
      w.str(a.corpus.documents[g.docs[k]].id);
    }
    w.raw("],"); w.key("outlets"); w.raw("[");
    for (std::size_t k = 0; k < g.docs.size(); ++k) {
      if (k) w.raw(",");
      w.str_or_null(a.corpus.documents[g.docs[k]].outlet);
    }
    w.raw("]}");
  }
  w.raw("]");
}

void write_figures(Writer& w, const Analysis& a) {
  w.key("figures");
  w.raw("[");
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    const FigureComparison& f = a.figures[i];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("topic"); w.str(f.topic);
    w.raw(","); w.key("type"); w.str(entity_type_name(f.type));
    w.raw(","); w.key("disagree"); w.raw(f.disagree ? "true" : "false");
    w.raw(","); w.key("reports"); w.raw("[");
    for (std::size_t k = 0; k < f.reports.size(); ++k) {
      const FigureReport& r = f.reports[k];
      const Document& d = a.corpus.documents[r.doc];
      if (k) w.raw(",");
      w.raw("{"); w.key("doc"); w.str(d.id);
      w.raw(","); w.key("start"); w.num(r.span.start);
      w.raw(","); w.key("end"); w.num(r.span.end);
      w.raw(","); w.key("text"); w.str(slice(d.text, r.span));
      w.raw(","); w.key("value"); w.num(r.value, 6);
      w.raw(","); w.key("unit"); w.str_or_null(r.unit);
      w.raw(","); w.key("context"); w.str(slice(d.text, r.context));
      w.raw("}");
    }
    w.raw("]}");
  }
  w.raw("]");
}

void write_errors(Writer& w, const Analysis& a) {
  w.key("errors");
  w.raw("[");
  for (std::size_t i = 0; i < a.corpus.errors.size(); ++i) {
    const InputError& e = a.corpus.errors[i];
    if (i) w.raw(",");
    w.raw("\n{");
    w.key("path"); w.str(e.path);
    w.raw(","); w.key("message"); w.str(e.message);
    w.raw(","); w.key("offset"); w.num(static_cast<double>(e.offset));
    if (e.line) {
      w.raw(","); w.key("line"); w.num(e.line);
      w.raw(","); w.key("column"); w.num(e.column);
    }
    w.raw("}");
  }
  w.raw("]");
}

}  // namespace

std::string analysis_to_json(const Analysis& analysis) {
  std::string out;
  out.reserve(4096 + analysis.mentions.size() * 96 + analysis.cooccurrence.size() * 120);
  Writer w(out);
  w.raw("{");
  write_documents(w, analysis);
  w.raw(",\n");
  write_entities(w, analysis);
  w.raw(",\n");
  write_quotes(w, analysis);
  w.raw(",\n");
  write_cooccurrence(w, analysis);
  w.raw(",\n");
  write_groups(w, analysis);
  w.raw(",\n");
  write_figures(w, analysis);
  w.raw(",\n");
  write_errors(w, analysis);
  w.raw("}\n");
  return out;
}

}  // namespace newslens::core
