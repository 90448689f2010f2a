//! Two documents built by the same code in two languages, merged into one for
//! an interpreter in a combined room: headings, cells, list items and
//! key-values carry both texts (the second after a [`Span::Alt`]), and
//! paragraphs, figures and anything whose shape differs sit in
//! [`Block::Columns`], side by side in HTML.

use super::{Block, Cell, Column, Doc, Item, Row, Table, Text};
use crate::i18n::Lang;

/// `first` and `second` (the same report in two languages) as one document;
/// its title and `lang` are the first's.
pub fn bilingual(first: Doc, second: Doc) -> Doc {
    let (la, lb) = (first.lang, second.lang);
    let title = if first.title == second.title {
        first.title
    } else {
        format!("{} · {}", first.title, second.title)
    };
    Doc { title, lang: la, blocks: blocks(la, first.blocks, lb, second.blocks) }
}

/// The same text in two languages: once when they agree (a number), else both.
fn text(a: Text, lb: Lang, b: Text) -> Text {
    if a == b || b.0.is_empty() {
        return a;
    }
    if a.0.is_empty() {
        return b;
    }
    let mut spans = a.0;
    spans.push(super::Span::Alt(lb));
    spans.extend(b.0);
    Text(spans)
}

fn side_by_side(la: Lang, a: Vec<Block>, lb: Lang, b: Vec<Block>) -> Block {
    Block::Columns(vec![(la, a), (lb, b)])
}

/// Pairs block by block while both have the same shape; what does not pair
/// goes side by side whole.
fn blocks(la: Lang, a: Vec<Block>, lb: Lang, b: Vec<Block>) -> Vec<Block> {
    if a.len() != b.len() {
        return vec![side_by_side(la, a, lb, b)];
    }
    a.into_iter().zip(b).map(|(x, y)| block(la, x, lb, y)).collect()
}

fn block(la: Lang, a: Block, lb: Lang, b: Block) -> Block {
    let pairs = |x: Vec<(Text, Text)>, y: Vec<(Text, Text)>| -> Option<Vec<(Text, Text)>> {
        (x.len() == y.len()).then(|| {
            x.into_iter().zip(y).map(|((k, v), (k2, v2))| (text(k, lb, k2), text(v, lb, v2))).collect()
        })
    };
    match (a, b) {
        (Block::Heading(l, x), Block::Heading(m, y)) if l == m => Block::Heading(l, text(x, lb, y)),
        (Block::Paragraph(p, x), Block::Paragraph(q, y)) if p == q && x == y => Block::Paragraph(p, x),
        (Block::KeyValues(x), Block::KeyValues(y)) if x.len() == y.len() => {
            Block::KeyValues(pairs(x, y).unwrap_or_default())
        }
        (Block::Cards(x), Block::Cards(y)) if x.len() == y.len() => {
            Block::Cards(pairs(x, y).unwrap_or_default())
        }
        (Block::Table(x), Block::Table(y)) if same_shape(&x, &y) => Block::Table(table(x, lb, y)),
        (Block::List(x), Block::List(y)) if x.len() == y.len() => {
            Block::List(x.into_iter().zip(y).map(|(i, j)| item(i, lb, j)).collect())
        }
        (Block::Callout(t, x), Block::Callout(u, y)) if t == u => Block::Callout(t, blocks(la, x, lb, y)),
        (Block::Rule, Block::Rule) => Block::Rule,
        (x, y) => side_by_side(la, vec![x], lb, vec![y]),
    }
}

fn same_shape(x: &Table, y: &Table) -> bool {
    x.columns.len() == y.columns.len()
        && x.rows.len() == y.rows.len()
        && x.rows.iter().zip(&y.rows).all(|(r, s)| r.cells.len() == s.cells.len())
}

fn table(x: Table, lb: Lang, y: Table) -> Table {
    let columns = (x.columns.into_iter().zip(y.columns))
        .map(|(c, d)| Column { title: text(c.title, lb, d.title), numeric: c.numeric })
        .collect();
    let rows = (x.rows.into_iter().zip(y.rows))
        .map(|(r, s)| Row {
            cells: (r.cells.into_iter().zip(s.cells))
                .map(|(c, d)| Cell { text: text(c.text, lb, d.text), flagged: c.flagged })
                .collect(),
            muted: r.muted,
        })
        .collect();
    Table { columns, rows }
}

fn item(i: Item, lb: Lang, j: Item) -> Item {
    let children = if i.children.len() == j.children.len() {
        i.children.into_iter().zip(j.children).map(|(c, d)| text(c, lb, d)).collect()
    } else {
        i.children.into_iter().chain(j.children).collect()
    };
    Item { text: text(i.text, lb, j.text), children }
}

#[cfg(test)]
mod tests {
    use super::super::{Para, Span, html, markdown, text as plain};
    use super::*;

    fn doc(lang: Lang, words: [&str; 4]) -> Doc {
        let mut d = Doc::in_lang(lang, words[0]);
        d.heading(2, words[0]);
        d.para(words[1]);
        d.key_values([(words[2], Text::from("63.2"))]);
        let mut t = Table::new(vec![Column::text(words[3]), Column::num("n")]);
        t.row(vec![words[1].into(), "7".into()]);
        d.table(t);
        d
    }

    #[test]
    fn paired_documents_hold_both_languages_in_each_place() {
        let both = bilingual(
            doc(Lang::En, ["Overview", "It went well.", "Score", "Event"]),
            doc(Lang::Ko, ["개요", "잘 진행됐다.", "점수", "사건"]),
        );
        assert_eq!(both.lang, Lang::En);
        assert_eq!(both.title, "Overview · 개요");
        let heading =
            Text(vec![Span::Plain("Overview".into()), Span::Alt(Lang::Ko), Span::Plain("개요".into())]);
        assert_eq!(both.blocks[0], Block::Heading(2, heading));
        assert!(matches!(&both.blocks[1], Block::Columns(c) if c.len() == 2 && c[1].0 == Lang::Ko));
        let h = html(&both);
        assert!(h.contains("<h2>Overview<br><span class=\"alt\" lang=\"ko\">개요</span></h2>"), "{h}");
        assert!(h.contains("<div class=\"cols\">\n<div lang=\"en\">\n<p>It went well.</p>\n</div>\n<div lang=\"ko\">\n<p>잘 진행됐다.</p>"), "{h}");
        assert!(h.contains("<dd>63.2</dd>"), "a number the languages share shows once: {h}");
        assert!(h.contains(".cols {"), "the side-by-side style is included");
        let m = markdown(&both);
        assert!(m.contains("It went well.\n\n잘 진행됐다.\n"), "{m}");
        assert!(m.contains("| Event<br>사건 | n |"), "{m}");
        let t = plain(&both);
        assert!(t.contains("Score / 점수: 63.2"), "{t}");
    }

    #[test]
    fn a_shape_that_differs_goes_side_by_side_and_one_language_gets_no_extra_style() {
        let mut a = Doc::in_lang(Lang::En, "t");
        a.para("one");
        a.para("two");
        let mut b = Doc::in_lang(Lang::Ko, "t");
        b.para("하나");
        let both = bilingual(a.clone(), b);
        assert_eq!(both.blocks.len(), 1);
        assert!(matches!(&both.blocks[0], Block::Columns(c) if c[0].1.len() == 2 && c[1].1.len() == 1));
        let one = html(&a);
        assert!(!one.contains(".cols") && one.contains("<html lang=\"en\">"));
        assert!(html(&Doc::in_lang(Lang::Ko, "t")).contains("<html lang=\"ko\">"));
        let same = bilingual(a.clone(), a.clone());
        assert_eq!(same.blocks[0], Block::Paragraph(Para::Plain, "one".into()));
    }
}
