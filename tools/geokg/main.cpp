// geokg: knowledge graphs from international-relations news.
#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <iostream>

#include "command.hpp"
#include "geokg/article.hpp"
#include "geokg/io.hpp"

namespace geokg::cli {
std::vector<CommandDef>& registry() {
    static std::vector<CommandDef> commands;
    return commands;
}
}  // namespace geokg::cli

int main(int argc, char** argv) {
    using namespace geokg::cli;
    CLI::App app{"geokg: builds a knowledge graph of countries, leaders, organizations and treaties\n"
                 "from international-relations news, exports it for Gephi, Graphviz and scripts,\n"
                 "and answers network questions from the command line."};
    app.footer(
        "Exit codes: 0 success; 1 bad input (unreadable or malformed file, unknown entity);\n"
        "2 bad command line; 3 an output could not be written; 4 internal error.\n"
        "Run 'geokg COMMAND --help' for a command's options.");
    app.set_version_flag("--version", std::string("geokg ") + GEOKG_VERSION);
    app.require_subcommand(1);
    auto& commands = registry();
    std::stable_sort(commands.begin(), commands.end(),
                     [](const CommandDef& a, const CommandDef& b) { return a.order < b.order; });
    std::vector<std::pair<CLI::App*, std::function<int()>>> actions;
    for (auto& c : commands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description);
        actions.emplace_back(sub, c.setup(*sub));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? kExitOk : kExitUsage;
    }
    try {
        for (auto& [sub, action] : actions)
            if (sub->parsed()) return action();
    } catch (const geokg::InputError& e) {
        std::cerr << "geokg: error: " << e.what() << "\n";
        return kExitInputError;
    } catch (const geokg::OutputError& e) {
        std::cerr << "geokg: error: " << e.what() << "\n";
        return kExitOutputError;
    } catch (const CLI::Error& e) {
        std::cerr << "geokg: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::invalid_argument& e) {
        std::cerr << "geokg: error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "geokg: internal error: " << e.what() << "\n";
        return kExitInternal;
    }
    return kExitUsage;
}
