//! Column alignment as Go's `text/tabwriter` does it (minwidth 0, tabwidth 0, padding 2,
//! padchar ' ', no flags), so our tables line up exactly like the Go plugin's.
//!
//! The model, in short: input is lines of cells; every cell but the last of a line is
//! tab-terminated and belongs to a column. A column's width is decided per *block*: a run of
//! consecutive lines that all have a cell in that column. Lines with fewer cells end the block,
//! so a short row splits the table into independently aligned parts. The last cell of a line is
//! never padded. Widths count Unicode scalar values and ignore ANSI escape sequences (the Go
//! plugin's tree goes through `juju/ansiterm`'s tabwriter, which strips them before measuring).

/// Padding added to every column's widest cell.
const PADDING: usize = 2;

struct Cell<'a> {
    text: &'a str,
    width: usize,
}

/// Aligns rows of cells: each row is written as `cell\tcell\t…\tlast\n` and formatted.
pub fn tabwrite(rows: &[Vec<String>]) -> String {
    let mut text = String::new();
    for row in rows {
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    tabwrite_text(&text)
}

/// Aligns raw tab/newline text exactly as Go's tabwriter would (see the module notes). Text
/// after the last newline forms a final line that is written without a newline.
pub fn tabwrite_text(text: &str) -> String {
    let lines: Vec<Vec<Cell<'_>>> = text.split('\n').map(parse_line).collect();
    // `split` yields one segment after the final newline; Go keeps it as an (often empty)
    // last line that never gets a newline of its own, which is what joining reproduces.
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut widths = Vec::new();
    format_block(&lines, &mut widths, 0, lines.len(), &mut out);
    out
}

fn parse_line(line: &str) -> Vec<Cell<'_>> {
    if line.is_empty() {
        // Go drops an empty pending cell at the end and gives an empty line in the middle one
        // empty cell; either way the line joins no column and prints nothing, so no cells.
        return Vec::new();
    }
    line.split('\t')
        .map(|text| Cell {
            text,
            width: display_width(text),
        })
        .collect()
}

/// Characters that would be visible: Unicode scalar values outside ANSI escape sequences.
pub fn display_width(s: &str) -> usize {
    let mut width = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            width += 1;
            continue;
        }
        match chars.peek() {
            // CSI: ESC [ parameters… final byte in '@'..='~'.
            Some('[') => {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            // Any other two-character escape (ESC c, ESC 7, …).
            Some(_) => {
                chars.next();
            }
            None => {}
        }
    }
    width
}

/// Number of cells in `line` that belong to columns (all but the last).
fn column_cells(line: &[Cell<'_>]) -> usize {
    line.len().saturating_sub(1)
}

/// Go's `format`: finds the blocks of the next column among `lines[line0..line1]`, fixes their
/// width, recurses for the columns to the right, and writes lines that have no cell here.
fn format_block(
    lines: &[Vec<Cell<'_>>],
    widths: &mut Vec<usize>,
    line0: usize,
    line1: usize,
    out: &mut String,
) {
    let column = widths.len();
    let mut start = line0;
    let mut this = line0;
    while this < line1 {
        if column >= column_cells(&lines[this]) {
            this += 1;
            continue;
        }
        write_lines(lines, widths, start, this, out);
        start = this;
        let mut width = 0;
        while this < line1 && column < column_cells(&lines[this]) {
            width = width.max(lines[this][column].width + PADDING);
            this += 1;
        }
        widths.push(width);
        format_block(lines, widths, start, this, out);
        widths.pop();
        start = this;
    }
    write_lines(lines, widths, start, line1, out);
}

fn write_lines(
    lines: &[Vec<Cell<'_>>],
    widths: &[usize],
    line0: usize,
    line1: usize,
    out: &mut String,
) {
    for (i, line) in lines.iter().enumerate().take(line1).skip(line0) {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell.text);
            if let Some(&w) = widths.get(j) {
                out.extend(std::iter::repeat_n(' ', w.saturating_sub(cell.width)));
            }
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &[&[&str]]) -> Vec<Vec<String>> {
        r.iter()
            .map(|row| row.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn columns_are_widest_cell_plus_two_and_last_cell_is_not_padded() {
        let got = tabwrite(&rows(&[
            &["NAME", "KIND", "INFO"],
            &["a", "ReplicaSet", "x"],
        ]));
        assert_eq!(got, "NAME  KIND        INFO\na     ReplicaSet  x\n");
    }

    #[test]
    fn widths_count_unicode_scalars_not_bytes() {
        let got = tabwrite(&rows(&[&["⟳ ro", "Rollout", ""], &["└──⧉ rs", "RS", ""]]));
        assert_eq!(got, "⟳ ro     Rollout  \n└──⧉ rs  RS       \n");
    }

    #[test]
    fn ansi_colour_codes_are_not_counted() {
        let got = tabwrite(&rows(&[
            &["\x1b[32m✔\x1b[0m Healthy", "1m"],
            &["◌ Progressing", "2m"],
        ]));
        assert_eq!(got, "\x1b[32m✔\x1b[0m Healthy      1m\n◌ Progressing  2m\n");
    }

    #[test]
    fn a_short_row_ends_the_column_block() {
        // Column 0 spans all three lines (each has at least 2 cells), but column 1 is split
        // by the middle row, which has only two cells: the first and last rows are aligned
        // separately in column 1.
        let text = "aaaa\tbbb\tc\nx\ty\nz\tbbbbbbb\td\n";
        assert_eq!(
            tabwrite_text(text),
            "aaaa  bbb  c\nx     y\nz     bbbbbbb  d\n"
        );
    }

    #[test]
    fn a_line_without_tabs_splits_every_column() {
        let text = "a\tb\nlong line here\nccc\td\n";
        assert_eq!(tabwrite_text(text), "a  b\nlong line here\nccc  d\n");
    }

    #[test]
    fn go_doc_example_blocks() {
        // From the text/tabwriter documentation: b and c are in distinct columns.
        let text = "aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n";
        assert_eq!(
            tabwrite_text(text),
            "aaaa  bbb  d\naa    b    dd\na     \naa    cccc  eee\n"
        );
    }

    #[test]
    fn trailing_text_without_newline_is_kept_without_newline() {
        assert_eq!(tabwrite_text("a\tb\ncc\td"), "a   b\ncc  d");
    }

    #[test]
    fn empty_input_gives_empty_output() {
        assert_eq!(tabwrite(&[]), "");
        assert_eq!(tabwrite_text(""), "");
    }

    #[test]
    fn empty_cells_are_padded_too() {
        // Widths: 12+2, 7+2, 2+2, 2+2; the revision row's STATUS cell is a single space.
        let want = format!(
            "# revision:1{}\nab{}Rollout  ok  5s  \n",
            " ".repeat(2 + 9 + 4 + 4),
            " ".repeat(12)
        );
        assert_eq!(
            tabwrite_text("# revision:1\t\t \t\t\nab\tRollout\tok\t5s\t\n"),
            want
        );
    }

    #[test]
    fn display_width_skips_escape_sequences() {
        assert_eq!(display_width("\x1b[94m◌\x1b[39m"), 1);
        assert_eq!(display_width("\x1b[1;32mab\x1b[0m c"), 4);
        assert_eq!(display_width("plain"), 5);
        assert_eq!(display_width("\x1b"), 0);
    }
}
