#include "BenchOptions.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pr::bench {

BenchOptions parseBenchOptions(const char* program, int argc, char* argv[])
{
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check") == 0) {
            options.check = true;
        } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            options.directory = QString::fromLocal8Bit(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: %s [--check] [--dir FOLDER]\n", program);
            std::exit(2);
        }
    }
    return options;
}

} // namespace pr::bench
