//! A small document model for every report Hotline writes: headings,
//! paragraphs, key-values, tables, figures (inline SVG or a file beside the
//! page), lists, summary cards and call-outs, built once and rendered by
//! [`html`], [`markdown`] and [`text`] (the terminal).
//!
//! Builders hold raw text; escaping happens here, once, in each renderer:
//! HTML escapes everything it did not write itself; Markdown escapes inline
//! HTML, entities, emphasis and link syntax in every piece of text (so a
//! scenario's or a player's words can never become markup or a link), and
//! keeps table cells on one line.

mod html;
mod markdown;
mod pair;
mod text;

pub use html::{html, html_escape};
pub use markdown::{markdown, md_escape};
pub use pair::bilingual;
pub use text::text;

use crate::i18n::Lang;

/// The colour of a tag, a cell or a call-out: what the reader should make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Warn,
    Muted,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Bad => "bad",
            Tone::Warn => "warn",
            Tone::Muted => "muted",
        }
    }
}

/// One run of inline text.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Plain(String),
    Strong(String),
    Emph(String),
    Code(String),
    /// A small coloured label ("Met", "Strength"). A muted tag is an aside:
    /// in Markdown and text it reads as a parenthesis.
    Tag(Tone, String),
    Link {
        href: String,
        text: String,
    },
    Break,
    /// What follows is the same text in this language (a bilingual report's
    /// second language): a new line in HTML and Markdown, ` / ` in plain text.
    Alt(Lang),
}

/// A line of inline spans: a paragraph's text, a cell, a list item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text(pub Vec<Span>);

impl Text {
    pub fn new() -> Text {
        Text::default()
    }
    pub fn plain(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Plain(s.into()));
        self
    }
    pub fn strong(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Strong(s.into()));
        self
    }
    pub fn emph(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Emph(s.into()));
        self
    }
    pub fn code(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Code(s.into()));
        self
    }
    pub fn tag(mut self, tone: Tone, s: impl Into<String>) -> Text {
        self.0.push(Span::Tag(tone, s.into()));
        self
    }
    pub fn link(mut self, href: impl Into<String>, text: impl Into<String>) -> Text {
        self.0.push(Span::Link { href: href.into(), text: text.into() });
        self
    }
    pub fn br(mut self) -> Text {
        self.0.push(Span::Break);
        self
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new().plain(s)
    }
}
impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new().plain(s)
    }
}
impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::new().plain(s.as_str())
    }
}

/// How a paragraph reads: body text, the lead under a title, a quiet note, or
/// an alarm the reader must not miss (a report from an unverified save).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Para {
    Plain,
    Lead,
    Note,
    Alarm,
}

/// A table column: its title, and whether it holds numbers (right-aligned).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: Text,
    pub numeric: bool,
}

impl Column {
    pub fn text(title: impl Into<Text>) -> Column {
        Column { title: title.into(), numeric: false }
    }
    pub fn num(title: impl Into<Text>) -> Column {
        Column { title: title.into(), numeric: true }
    }
}

/// A table cell; a flagged cell is one the reader should look at (a zero rate).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: Text,
    pub flagged: bool,
}

impl Cell {
    pub fn flagged(text: impl Into<Text>, flagged: bool) -> Cell {
        Cell { text: text.into(), flagged }
    }
}

impl<T: Into<Text>> From<T> for Cell {
    fn from(t: T) -> Cell {
        Cell { text: t.into(), flagged: false }
    }
}

/// A table row; a muted row is shown greyed (an entry hidden during play).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub muted: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table { columns, rows: Vec::new() }
    }
    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row { cells, muted: false });
    }
    pub fn muted_row(&mut self, cells: Vec<Cell>, muted: bool) {
        self.rows.push(Row { cells, muted });
    }
}

/// A chart: the SVG file written beside the page, inlined in HTML when `svg` is given.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub file: String,
    pub svg: Option<String>,
    /// Short text standing for the image (Markdown image text, HTML `alt`).
    pub alt: String,
    pub caption: String,
}

/// A list item, with an optional nested list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub text: Text,
    pub children: Vec<Text>,
}

impl<T: Into<Text>> From<T> for Item {
    fn from(t: T) -> Item {
        Item { text: t.into(), children: Vec::new() }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 (the title) to 3.
    Heading(u8, Text),
    Paragraph(Para, Text),
    KeyValues(Vec<(Text, Text)>),
    Table(Table),
    Figure(Figure),
    List(Vec<Item>),
    /// The few numbers a reader looks at first: (label, value).
    Cards(Vec<(Text, Text)>),
    /// A box that asks for attention (`Tone::Bad`) or reassures (`Tone::Good`).
    Callout(Tone, Vec<Block>),
    Rule,
    /// The same blocks in each language, side by side in HTML (one after the
    /// other in Markdown and text): prose an interpreter reads in parallel.
    Columns(Vec<(Lang, Vec<Block>)>),
}

/// A whole report: a title (the page's `<title>`), the language it is
/// written in (of its first column when bilingual) and its blocks in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub title: String,
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

impl Doc {
    /// An empty English document.
    pub fn new(title: impl Into<String>) -> Doc {
        Doc::in_lang(Lang::En, title)
    }
    pub fn in_lang(lang: Lang, title: impl Into<String>) -> Doc {
        Doc { title: title.into(), lang, blocks: Vec::new() }
    }
    pub fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }
    pub fn heading(&mut self, level: u8, t: impl Into<Text>) {
        self.push(Block::Heading(level, t.into()));
    }
    pub fn para(&mut self, t: impl Into<Text>) {
        self.push(Block::Paragraph(Para::Plain, t.into()));
    }
    pub fn note(&mut self, t: impl Into<Text>) {
        self.push(Block::Paragraph(Para::Note, t.into()));
    }
    pub fn lead(&mut self, t: impl Into<Text>) {
        self.push(Block::Paragraph(Para::Lead, t.into()));
    }
    pub fn key_values<K: Into<Text>>(&mut self, rows: impl IntoIterator<Item = (K, Text)>) {
        self.push(Block::KeyValues(rows.into_iter().map(|(k, v)| (k.into(), v)).collect()));
    }
    pub fn table(&mut self, t: Table) {
        self.push(Block::Table(t));
    }
    pub fn figure(&mut self, f: Figure) {
        self.push(Block::Figure(f));
    }
    pub fn list(&mut self, items: Vec<Item>) {
        self.push(Block::List(items));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Doc {
        let mut d = Doc::new("Tom & <Jerry>");
        d.heading(1, "A <b>title</b>");
        d.lead("Lead *text* with [a](http://x) link");
        d.key_values([("Score", Text::from("63.2 (success at 60)"))]);
        let mut t = Table::new(vec![Column::text("Name"), Column::num("Rate")]);
        t.row(vec!["a|b\nc".into(), Cell::flagged("0.0%", true)]);
        t.muted_row(vec![Text::new().tag(Tone::Muted, "unseen").plain(" x").into(), "1".into()], true);
        d.table(t);
        d.list(vec![Item { text: Text::new().strong("Turn 1"), children: vec!["<script>".into()] }]);
        d
    }

    #[test]
    fn html_escapes_every_text_and_marks_structure() {
        let h = html(&sample());
        assert!(h.contains("<title>Tom &amp; &lt;Jerry&gt;</title>"));
        assert!(h.contains("<h1>A &lt;b&gt;title&lt;/b&gt;</h1>"));
        assert!(h.contains("<dt>Score</dt><dd>63.2 (success at 60)</dd>"));
        assert!(h.contains("<td class=\"num flagged\">0.0%</td>"));
        assert!(h.contains("<tr class=\"muted\"><td><span class=\"tag muted\">unseen</span> x</td>"));
        assert!(h.contains("<li><strong>Turn 1</strong><ul><li>&lt;script&gt;</li></ul></li>"));
        assert!(!h.contains("<script>") && !h.contains("<b>title"));
    }

    #[test]
    fn markdown_leaves_no_markup_or_link_from_text() {
        let m = markdown(&sample());
        assert!(m.starts_with("# A \\<b>title\\</b>\n"), "{m}");
        assert!(m.contains("*Lead \\*text\\* with \\[a\\](http://x) link*"));
        assert!(m.contains("| Score | 63.2 (success at 60) |"));
        assert!(m.contains("| Name | Rate |\n|---|---:|\n| a\\|b c | **0.0%** |\n"));
        assert!(m.contains("| *(unseen)* x | 1 |"));
        assert!(m.contains("- **Turn 1**\n  - \\<script>\n"));
        assert!(!m.replace("\\<", "").contains('<'), "only escaped tags: {m}");
        assert_eq!(md_escape("R&D &amp; &#60;"), "R&D \\&amp; \\&#60;");
    }

    #[test]
    fn markdown_paragraphs_cannot_become_blocks_and_code_spans_hold() {
        let mut d = Doc::new("t");
        d.para("# not a heading");
        d.para("1. not a list");
        d.para(Text::new().code("a`b"));
        let m = markdown(&d);
        assert!(m.contains("\\# not a heading\n"));
        assert!(m.contains("1\\. not a list\n"));
        assert!(m.contains("``a`b``"));
    }

    #[test]
    fn text_lines_up_tables() {
        let t = text(&sample());
        assert!(t.contains("Score: 63.2 (success at 60)\n"));
        assert!(t.contains("Name        Rate\na|b c       0.0%\n"), "{t}");
        assert!(t.contains("(unseen) x     1\n"), "{t}");
        let mut d = Doc::new("t");
        let mut table = Table::new(vec![Column::text("항목"), Column::num("n")]);
        table.row(vec!["ab".into(), "1".into()]);
        d.table(table);
        assert_eq!(text(&d), "항목  n\nab    1\n", "Hangul takes two columns");
    }
}
