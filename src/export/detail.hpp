// Internals shared by the export writers: a buffered sink, text cleaning and
// escaping, number formatting, per-network derived data.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <deque>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "geokg/export.hpp"

namespace geokg::exportd {

// Buffered writer: appends to a string, hands it to the stream in 1 MiB chunks.
class Sink {
public:
    explicit Sink(std::ostream& os) : os_(os) { buf_.reserve(kChunk + 4096); }
    Sink(const Sink&) = delete;
    Sink& operator=(const Sink&) = delete;
    ~Sink() { flush(); }

    Sink& operator<<(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= kChunk) flush();
        return *this;
    }
    Sink& operator<<(char c) {
        buf_.push_back(c);
        return *this;
    }
    // Integers exactly.
    Sink& num(std::uint64_t v) { return put_chars(v); }
    Sink& num(std::int64_t v) { return put_chars(v); }
    Sink& num(int v) { return put_chars(v); }
    // Doubles: shortest round-trip form; non-finite as XML Schema spells them.
    Sink& num(double v) {
        if (std::isnan(v)) return *this << "NaN";
        if (std::isinf(v)) return *this << (v > 0 ? "INF" : "-INF");
        return put_chars(v);
    }
    void flush() {
        if (!buf_.empty()) {
            os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
            buf_.clear();
        }
    }
    std::string& buffer() { return buf_; }

private:
    template <class T>
    Sink& put_chars(T v) {
        char tmp[64];
        auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, r.ptr);
        return *this;
    }
    static constexpr std::size_t kChunk = 1u << 20;
    std::ostream& os_;
    std::string buf_;
};

// Returns `s` itself when it is already clean (valid UTF-8, no dropped
// characters), otherwise a cleaned copy held in `scratch`.
std::string_view clean(std::string_view s, std::string& scratch);

// XML character data / attribute value: cleaned, & < > " ' escaped; tab, LF
// and CR as character references so attribute values keep them.
void xml_text(Sink& out, std::string_view s);
// DOT quoted-string content: cleaned, \ and " escaped, LF as \n, CR dropped,
// & as &amp; (Graphviz decodes HTML entities in labels).
void dot_text(Sink& out, std::string_view s);
// CSV field, RFC 4180: quoted when it holds , " CR LF or leading/trailing space.
void csv_field(Sink& out, std::string_view s);
// JSON string with its quotes.
void json_string(Sink& out, std::string_view s);

std::string join_list(const std::vector<std::string>& items, char sep = '|');
std::string hex_colour(const Rgb& c);

// Per-network data every writer needs, computed once.
// The ids written for edges (see edge_ids()), as views into the graph's strings
// or into `owned` (cleaned or generated ids).
std::vector<std::string_view> edge_id_views(const Network& net, std::deque<std::string>& owned);

struct Prepared {
    std::deque<std::string> owned;           // ids that differ from the graph's
    std::vector<std::string_view> node_ids;  // cleaned, unique, by vertex index
    std::vector<std::string_view> edge_ids;  // edge_ids()
    std::vector<Edge> edges;            // boost::edges() order
    std::vector<ExtraColumn> node_extra, edge_extra;
    std::uint64_t max_mentions = 0;
    double max_weight = 0;
    bool any_negated = false, any_modality = false;

    explicit Prepared(const Network& net);
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;
    double node_size(const NodeProps& p) const;  // 10 + 40 * sqrt(mentions / max)
};

// The value written for a foreign attribute of column type `type` (already
// validated by extra_columns(): numbers re-formatted, booleans true/false).
std::string extra_value(const ExtraColumn& col, std::string_view raw);

// The writers, given the prepared data (export_all prepares once).
void graphml_body(const Network& net, const Prepared& p, std::ostream& os);
void gexf_body(const Network& net, const Prepared& p, std::ostream& os);
void nodes_csv_body(const Network& net, const Prepared& p, std::ostream& os);
void edges_csv_body(const Network& net, const Prepared& p, std::ostream& os);
void json_body(const Network& net, const Prepared& p, std::ostream& os);
void dot_body(const Network& net, const Prepared& p, std::ostream& os, const DotOptions& options);

// ISO dates: YYYY, YYYY-MM or YYYY-MM-DD with a valid month/day.
bool valid_iso_date(std::string_view d);
// First and last day of the period an ISO prefix date names ("2021-02" -> 2021-02-01, 2021-02-28).
std::string period_start(std::string_view d);
std::string period_end(std::string_view d);

}  // namespace geokg::exportd
