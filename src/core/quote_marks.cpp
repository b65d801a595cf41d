#include "core/quote_marks.h"

#include "core/utf8.h"

namespace newslens::core {

namespace {

enum class Family : std::uint8_t { kDouble, kSingle };

struct Mark {
  Family family = Family::kDouble;
  bool opens = false;
  bool closes = false;
};

std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What may stand right before an opening mark: space, the paragraph start, a bracket or a dash.
bool opens_after(char32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == '(' || cp == '[' || cp == '{' ||
         cp == U'\u2014' || cp == U'\u2013' || cp == '-' || cp == '/' || is_opening_quote(cp);
}
// What may stand right after a closing mark: space, the paragraph end or punctuation.
bool closes_before(char32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == ',' || cp == '.' || cp == ';' ||
         cp == ':' || cp == '!' || cp == '?' || cp == ')' || cp == ']' || cp == U'\u2014' || cp == U'\u2013' ||
         cp == '-' || cp == U'\u2026' || is_closing_quote(cp) || cp == '"' || cp == '\'';
}

char32_t code_point_before(std::string_view text, std::uint32_t pos, std::uint32_t floor) {
  if (pos <= floor) return 0;
  std::uint32_t p = pos - 1;
  while (p > floor && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  std::size_t len = 0;
  return decode_utf8(text, p, len);
}

char32_t code_point_at(std::string_view text, std::uint32_t pos, std::uint32_t ceiling) {
  if (pos >= ceiling) return 0;
  std::size_t len = 0;
  return decode_utf8(text, pos, len);
}

// Direction of a mark from its glyph and what flanks it. Flanking wins over the glyph, because the corpus
// prints mismatched pairs: 003 "a deep friendship“, said Xi" closes with an opening glyph.
// `t` may be two tokens merged: the ``...'' pairs of typewriter text (PolNeAR's NYT articles).
Mark classify(std::string_view text, const Token& t, Span para) {
  std::size_t len = 0;
  const char32_t cp = decode_utf8(text, t.start, len);
  Mark m;
  const bool doubled = t.end - t.start == 2 * len;
  m.family = !doubled && (cp == U'\u2018' || cp == U'\u2019' || cp == '\'' || cp == U'\u201A' ||
                          cp == U'\u2039' || cp == U'\u203A' || cp == U'\u201B')
                 ? Family::kSingle
                 : Family::kDouble;
  char32_t before = code_point_before(text, t.start, para.start);
  char32_t after = code_point_at(text, t.end, para.end);
  if (is_invisible_format(before)) before = ' ';
  if (is_invisible_format(after)) after = ' ';
  // At a paragraph's start every mark opens, whatever its glyph: PolNeAR "” … they are so not like him,” she".
  if (t.start == para.start || (before == ' ' && t.start > para.start && t.start - para.start <= 3 &&
                                code_point_before(text, t.start, para.start) != ' ')) {
    m.opens = true;
    return m;
  }
  const bool left = opens_after(before) && !(after == 0 || after == ' ' || after == 0xA0);
  const bool right = closes_before(after) && !(before == 0 || before == ' ' || before == 0xA0);
  if (left && !right) {
    m.opens = true;
  } else if (right && !left) {
    m.closes = true;
  } else if (is_opening_quote(cp) || cp == '`') {
    m.opens = true;
  } else if (is_closing_quote(cp)) {
    m.closes = true;
  } else {
    m.opens = m.closes = true;  // a straight mark between spaces: its role depends on what is open
  }
  return m;
}

Span trim_inner(std::string_view text, std::uint32_t start, std::uint32_t end) {
  while (start < end && is_space_byte(text[start])) ++start;
  while (end > start && is_space_byte(text[end - 1])) --end;
  // The gold leaves out a trailing , or . printed inside the marks ("...deepening," the Chinese leader said).
  if (end > start && (text[end - 1] == ',' || text[end - 1] == '.')) --end;
  while (end > start && is_space_byte(text[end - 1])) --end;
  return {start, end};
}

// The mark starting at token i: one token, or two identical single marks read as one double mark:
// typewriter ``...'' (PolNeAR NYT) and curly ’’ (PolNeAR: a “question’’ that ...). `width`: tokens taken.
Token mark_at(std::string_view text, const DocText& doc, std::uint32_t i, std::uint32_t end, std::uint32_t& width) {
  Token t = doc.tokens[i];
  width = 1;
  if (i + 1 >= end) return t;
  const Token& n = doc.tokens[i + 1];
  const std::uint32_t len = t.end - t.start;
  if (n.start == t.end && n.end - n.start == len && text.compare(t.start, len, text, n.start, len) == 0) {
    std::size_t cp_len = 0;
    const char32_t cp = decode_utf8(text, t.start, cp_len);
    if (cp == '`' || cp == '\'' || cp == U'\u2019' || cp == U'\u2018') {
      t.end = n.end;
      width = 2;
    }
  }
  return t;
}

bool is_mark(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kQuote || (t.kind == TokenKind::kPunct && text[t.start] == '`');
}

std::uint32_t paragraph_first_token(const DocText& doc, std::uint32_t p) {
  const Paragraph& para = doc.paragraphs[p];
  return para.first_sentence < para.end_sentence ? doc.sentences[para.first_sentence].first_token : kNoToken;
}

// The paragraph's last token, and whether only punctuation and marks follow token `i` to it.
std::uint32_t paragraph_end_token(const DocText& doc, std::uint32_t p) {
  const Paragraph& para = doc.paragraphs[p];
  return para.first_sentence < para.end_sentence ? doc.sentences[para.end_sentence - 1].end_token : 0;
}

bool only_punct_after(const DocText& doc, std::uint32_t i, std::uint32_t end) {
  for (++i; i < end; ++i)
    if (doc.tokens[i].kind != TokenKind::kPunct && doc.tokens[i].kind != TokenKind::kQuote) return false;
  return true;
}

// Whether the quote ends its paragraph with a full sentence: `...in prison.”` then the paragraph ends.
bool ends_paragraph_with_sentence(std::string_view text, const DocText& doc, const QuoteSpan& q) {
  if (q.close_token == kNoToken) return false;
  const std::uint32_t end = paragraph_end_token(doc, q.last_paragraph);
  if (!only_punct_after(doc, q.close_token, end)) return false;
  for (std::uint32_t i = q.close_token + 1; i < end; ++i) {
    const char c = text[doc.tokens[i].start];
    if (c == '.' || c == '?' || c == '!') return true;
  }
  const char last = text[q.inner.end - 1];
  const char trimmed = q.inner.end < text.size() ? text[q.inner.end] : 0;
  return last == '?' || last == '!' || trimmed == '.';
}

// Closed quotes in consecutive paragraphs that are one quotation printed with a closing mark per paragraph:
// the second fills its paragraph (no attribution of its own) and the first ends its paragraph with a full
// sentence. PolNeAR breitbart "... he replied, “This was one of my finest moments ... for the rest of my
// life.”" then the paragraph “I will also have great joy ...”, which the annotators read as one Content.
void join_paragraph_quotes(std::string_view text, const DocText& doc, std::vector<QuoteSpan>& quotes) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const QuoteSpan& q = quotes[i];
    if (kept > 0) {
      QuoteSpan& prev = quotes[kept - 1];
      const std::uint32_t p = q.paragraph;
      const bool whole = q.close_token != kNoToken && p == q.last_paragraph && p == prev.last_paragraph + 1 &&
                         doc.paragraphs[p].role == LineRole::kBody &&
                         q.open_token == paragraph_first_token(doc, p) &&
                         only_punct_after(doc, q.close_token, paragraph_end_token(doc, p));
      if (whole && text[doc.tokens[q.open_token].start] == text[doc.tokens[prev.open_token].start] &&
          ends_paragraph_with_sentence(text, doc, prev)) {
        prev.inner.end = q.inner.end;
        prev.close_token = q.close_token;
        prev.last_paragraph = q.last_paragraph;
        continue;
      }
    }
    quotes[kept++] = q;
  }
  quotes.resize(kept);
}

// Whether the opening mark at token `mark` continues the quote opened at `open` rather than nesting in it: the
// same glyph, right after a sentence's end (". “", "? “"), where a nested quote does not start.
bool continues_quote(std::string_view text, const DocText& doc, std::uint32_t open, std::uint32_t mark) {
  if (mark < 2 || slice(text, doc.tokens[mark].span()) != slice(text, doc.tokens[open].span())) return false;
  const Token& before = doc.tokens[mark - 1];
  if (before.kind != TokenKind::kPunct || before.end == doc.tokens[mark].start) return false;
  const char c = text[before.start];
  return c == '.' || c == '?' || c == '!';
}

}  // namespace

std::vector<QuoteSpan> pair_quote_marks(std::string_view text, const DocText& doc) {
  std::vector<QuoteSpan> out;
  const std::uint32_t paragraphs = static_cast<std::uint32_t>(doc.paragraphs.size());
  // An unclosed double quote carried into the next paragraph (the multi-paragraph convention).
  bool carried = false;
  std::uint32_t carried_open = 0, carried_paragraph = 0;
  for (std::uint32_t p = 0; p < paragraphs; ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (para.first_sentence >= para.end_sentence) continue;
    const std::uint32_t first = doc.sentences[para.first_sentence].first_token;
    const std::uint32_t end = doc.sentences[para.end_sentence - 1].end_token;
    bool dbl_open = false, sgl_open = false;
    std::uint32_t dbl_tok = 0, sgl_tok = 0, dbl_para = p;
    std::uint32_t i = first;
    if (carried) {
      // The continuation's opening mark re-opens the carried quote rather than a new one.
      dbl_open = true;
      dbl_tok = carried_open;
      dbl_para = carried_paragraph;
      std::uint32_t w = 1;
      mark_at(text, doc, i, end, w);
      i += w;
      carried = false;
    }
    std::uint32_t dbl_inner = 0, sgl_inner = 0;  // where the words start, after the (possibly doubled) mark
    // A double quote nested in a double quote: the outer one waits while the inner is open, and again after the
    // inner closed, for its own closing mark in this paragraph. PolNeAR huff-post "“As a young, Hispanic
    // woman....I’d rather live in what he calls “hell” than live in a world where he is president.”", breitbart
    // `"... I’m going to read you the question: “As you know, ...?” Forty-three, yes; ... no."`.
    struct Outer {
      std::uint32_t tok = 0, inner = 0, para = 0;
      std::size_t first_emitted = 0;  // quotes emitted inside it, dropped when it closes: its words hold them
    };
    Outer outer;
    bool has_outer = false;
    bool outer_resumed = false;  // the inner closed; the double quote open now is the outer one
    if (dbl_open) {
      std::uint32_t w = 1;
      dbl_inner = mark_at(text, doc, dbl_tok, static_cast<std::uint32_t>(doc.tokens.size()), w).end;
    }
    auto emit = [&](std::uint32_t open, std::uint32_t inner_start, std::uint32_t close, std::uint32_t open_para,
                    std::uint32_t inner_end) {
      const Span inner = trim_inner(text, inner_start, inner_end);
      if (inner.empty()) return;
      QuoteSpan q;
      q.inner = inner;
      q.open_token = open;
      q.close_token = close;
      q.paragraph = open_para;
      q.last_paragraph = p;
      out.push_back(q);
    };
    for (; i < end; ++i) {
      if (!is_mark(text, doc.tokens[i])) continue;
      std::uint32_t width = 1;
      const Token t = mark_at(text, doc, i, end, width);
      const Mark m = classify(text, t, para.span);
      if (width == 1 && text[t.start] == '`') continue;  // a lone backtick
      const std::uint32_t mark = i;
      i += width - 1;
      if (m.family == Family::kDouble) {
        if (dbl_open && m.closes) {
          if (outer_resumed) out.resize(outer.first_emitted);
          emit(dbl_tok, dbl_inner, i, dbl_para, t.start);
          dbl_open = false;
          sgl_open = false;  // a single mark left open inside was an apostrophe or a nested quote
          if (has_outer && !outer_resumed) {
            dbl_open = outer_resumed = true;
            dbl_tok = outer.tok;
            dbl_inner = outer.inner;
            dbl_para = outer.para;
          } else {
            has_outer = outer_resumed = false;
          }
        } else if (m.opens && dbl_open && !outer_resumed && continues_quote(text, doc, dbl_tok, mark)) {
          // The paragraph convention inside one line: BBC prints a quote of several paragraphs as one line,
          // each former paragraph opening with a mark and none closing: `He told BBC Sport: "It's potentially
          // the most fearsome line-up ... They're awesome. "But I'd back us all the way ..."`. The quote goes on.
          continue;
        } else if (m.opens) {
          // A second opening mark while one is open nests, one level deep; a deeper one means a mark lost in
          // print, and the newest is kept.
          if (dbl_open && !outer_resumed) {
            outer = Outer{dbl_tok, dbl_inner, dbl_para, out.size()};
            has_outer = true;
          }
          outer_resumed = false;
          dbl_open = true;
          dbl_tok = mark;
          dbl_inner = t.end;
          dbl_para = p;
        }
      } else if (!dbl_open) {
        // Top-level single quotes: 001's headline "a ‘deep friendship’". A ’ with nothing open is an apostrophe
        // ("the two countries’ already strong bond") and is ignored.
        if (sgl_open && m.closes) {
          emit(sgl_tok, sgl_inner, i, p, t.start);
          sgl_open = false;
        } else if (m.opens && !m.closes) {
          sgl_open = true;
          sgl_tok = mark;
          sgl_inner = t.end;
        }
      }
    }
    // An outer quote that never closed in its paragraph lost its closing mark in print: the inner stands alone.
    if (outer_resumed) dbl_open = false;
    has_outer = outer_resumed = false;
    if (!dbl_open) continue;
    // Unclosed at the paragraph's end: continued when the next paragraph opens with a double mark, else the
    // quote is bounded by this paragraph so an unbalanced mark never swallows the rest of the document.
    const std::uint32_t next_first = p + 1 < paragraphs ? paragraph_first_token(doc, p + 1) : kNoToken;
    // The continuation repeats the opening glyph; a different one is a new quote after a stray mark
    // (PolNeAR breitbart: `"Kevin was snoring.` then `“Here he is, babe,” she said.`).
    // The whole glyph is compared: comparing two bytes matched only when the two paragraphs' first words
    // shared a letter (`"We ...` / `"We ...`), so a third paragraph (`"You ...`) broke off.
    if (next_first != kNoToken && doc.paragraphs[p + 1].role == LineRole::kBody &&
        is_mark(text, doc.tokens[next_first]) &&
        slice(text, doc.tokens[next_first].span()) == slice(text, doc.tokens[dbl_tok].span())) {
      std::uint32_t w = 1;
      const Token nt = mark_at(text, doc, next_first, static_cast<std::uint32_t>(doc.tokens.size()), w);
      const Mark nm = classify(text, nt, doc.paragraphs[p + 1].span);
      if (nm.family == Family::kDouble && nm.opens) {
        carried = true;
        carried_open = dbl_tok;
        carried_paragraph = dbl_para;
        continue;
      }
    }
    emit(dbl_tok, dbl_inner, kNoToken, dbl_para, para.span.end);
  }
  join_paragraph_quotes(text, doc, out);
  return out;
}

}  // namespace newslens::core
