// Ingest stage: input files -> articles with cleaned text and a byte-offset map
// back to the original input.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class InputFormat { text, markdown, jsonl };

// Where Article::date came from.
enum class DateSource : std::uint8_t {
    none,      // unknown
    metadata,  // front matter `date`, the JSON Lines record's "date"
    dateline,  // a dateline or byline in the article's head ("Kayla Wong | November 25, 2020")
    url,       // a date in the article's URL (".../2021/03/01/...")
};

struct Article {
    std::string id;        // file name without extension, or the JSONL record's "id"
    std::string source;    // file path (and ":LINE" for JSON Lines records)
    InputFormat format = InputFormat::text;
    std::string original;  // the original bytes: what char_start/char_end index into
                           // (for JSONL: the record's "text" value, decoded)
    std::string title;
    std::string url;
    std::string date;      // publication date, ISO (YYYY-MM-DD, YYYY-MM or YYYY); empty = unknown
    DateSource date_source = DateSource::none;

    // Cleaned article body: page furniture removed. Every byte of `text` came
    // from `original`; offsets[i] is the offset in `original` of text[i], and
    // offsets.size() == text.size() + 1 (the last entry maps the end).
    // Paragraphs (and headlines, list items, table rows) are separated by "\n\n";
    // a single '\n' inside a paragraph is a line wrap of the original and counts
    // as a space. offsets never decrease; a span [b, e) of `text` with e > b is
    // original[offsets[b], offsets[e - 1] + 1) (removed markup inside it included).
    std::string text;
    std::vector<std::uint32_t> offsets;

    std::uint64_t to_original(std::size_t clean_offset) const { return offsets[clean_offset]; }
};

// A bad input: names the file (and line for JSON Lines) and the problem.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Expands files, folders (recursively, sorted, hidden files skipped) and "-"
// (standard input) into the list of input files. Throws InputError for a path
// that does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

// Format from the extension (.md/.markdown -> markdown, .jsonl/.ndjson -> jsonl,
// anything else -> text); "-" sniffs its content.
InputFormat detect_format(std::string_view path, std::string_view content);

// Reads one input file (or "-") and calls `sink` for every article in it, in order.
// Throws InputError naming the file (and line) on unreadable or malformed input.
void read_articles(const std::string& path, const std::function<void(Article&&)>& sink);

// Builds an article from raw bytes (exposed for tests and for stdin).
std::vector<Article> parse_articles(std::string_view source, std::string content,
                                    InputFormat format);

// Cleaning: fills article.text/offsets from article.original, dropping page
// furniture (navigation, ads, share buttons, teasers, credits, references) and,
// for markdown, the front matter. Fills article.date from a dateline or byline
// in the article's head when the metadata gave none.
void clean_article(Article& article);

// Sentence splitting on cleaned text: [begin, end) byte ranges into article.text,
// surviving abbreviations ("U.S.", "Nov. 24", "Dr."), initials and quotes.
struct SentenceSpan {
    std::uint32_t begin = 0, end = 0;
};
std::vector<SentenceSpan> split_sentences(std::string_view text);

// Parses a date expression in an article head or metadata ("November 25, 2020",
// "2020-11-25", "25 Nov 2020", "Nov. 2, 2020, 09:15 PM") into ISO form; empty if none.
std::string parse_date(std::string_view text);

}  // namespace geokg
