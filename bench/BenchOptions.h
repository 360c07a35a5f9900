#pragma once

#include <QString>

namespace pr::bench {

// The command line every benchmark takes: `--check` (exit 1 when a target is missed) and
// `--dir FOLDER` (where its registers go; the system's temporary folder by default).
struct BenchOptions {
    bool check = false;
    QString directory;
};

// Reads ARGV; prints the usage line of PROGRAM and exits 2 on anything else.
BenchOptions parseBenchOptions(const char* program, int argc, char* argv[]);

} // namespace pr::bench
