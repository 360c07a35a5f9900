# Compiler settings shared by every target of the project.

option(PR_WARNINGS_AS_ERRORS "Treat compiler warnings as errors in the project's own code" ON)
option(PR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PR_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
option(PR_BUILD_GUI "Build the widgets layer and the desktop program" ON)
option(PR_BUILD_TESTS "Build the test suite" ON)
option(PR_BUILD_BENCH "Build the benchmarks" ON)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(PR_SANITIZE)
    # Applied globally so that every object, test and helper binary is instrumented alike.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()

# Adds the project's warning flags to TARGET. Third-party headers are included as SYSTEM
# through their imported targets, so their warnings stay out of our -Werror.
function(pr_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                             -Wformat=2 -Wimplicit-fallthrough)
    if(PR_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Qt: no implicit conversions between QString and const char*; they hide encoding bugs.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
                                                 QT_NO_KEYWORDS)
endfunction()
