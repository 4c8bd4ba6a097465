// Triples I/O: the schema's JSON Lines (docs/schema.md), written and read with RapidJSON.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "geokg/types.hpp"

namespace geokg {

// Appends one triple as a single JSON line (with the trailing '\n') to `out`.
void append_triple_json(const Triple& t, std::string& out);

// Reads a triples file ("-" = standard input) and calls `sink` for each triple.
// Throws InputError("FILE:LINE: problem") for malformed lines.
void read_triples(const std::string& path, const std::function<void(Triple&&)>& sink);

// Parses one JSON line; throws std::invalid_argument with the problem.
Triple parse_triple_json(std::string_view line);

// True if the file's first non-empty line is a schema triple (has "subject" and
// "relation"), as opposed to an article record; false for other files.
bool is_triples_file(const std::string& path);

}  // namespace geokg
