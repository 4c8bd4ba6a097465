// Helpers shared by the graph readers.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geokg/graph.hpp"

namespace geokg {

std::string read_whole_file(const std::filesystem::path& path);
void trim(std::string& s);
std::optional<bool> parse_bool(std::string v);
std::optional<double> parse_number(const std::string& v);
std::vector<std::string> split_list(const std::string& v);
void add_extra(std::map<std::string, ExtraAttr>& extra, std::vector<std::pair<std::string, std::string>>& keys,
               const std::string& name, const std::string& type, const std::string& value);

}  // namespace geokg
