// Subcommand registry: each cmd_*.cpp registers itself with a static Registrar.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace geokg::cli {

// Exit codes (documented in `geokg --help` and the README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;   // bad input: unreadable/malformed file, unknown entity
inline constexpr int kExitUsage = 2;        // bad command line
inline constexpr int kExitOutputError = 3;  // cannot write an output
inline constexpr int kExitInternal = 4;     // a bug

// setup() adds the command's options to `sub` and returns the action run when
// the command is chosen (it returns an exit code; it may throw InputError,
// OutputError or std::exception, which main maps to exit codes).
using Setup = std::function<std::function<int()>(CLI::App& sub)>;

struct CommandDef {
    std::string name, description;
    Setup setup;
    int order;
};

std::vector<CommandDef>& registry();

struct Registrar {
    Registrar(std::string name, std::string description, Setup setup, int order = 100) {
        registry().push_back({std::move(name), std::move(description), std::move(setup), order});
    }
};

}  // namespace geokg::cli
