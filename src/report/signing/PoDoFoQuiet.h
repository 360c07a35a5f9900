#pragma once

namespace pr::report::detail {

// Turns off PoDoFo's own logging and debug output, once per process. PoDoFo prints parser
// details (trailers, object dumps) to stdout and stderr, which would mix document content
// into the command-line tool's output and into logs; errors still arrive as exceptions.
void quietPoDoFo();

} // namespace pr::report::detail
