# pr_add_catch_test(<name> [GUI] [NO_LEAK_CHECK] SOURCES <file>... LINKS <target>...
#                   [LABELS <label>...])
# builds one Catch2 test executable on the shared test main and registers every TEST_CASE
# in it with CTest. GUI tests get a QApplication, the others a QCoreApplication; both run
# with QT_QPA_PLATFORM=offscreen.
# NO_LEAK_CHECK turns off LeakSanitizer (not ASan or UBSan) for that executable in the
# sanitizer build. Only for a known LSan failure that is not a leak; say which in a comment.

include(Catch)

function(pr_add_catch_test name)
    cmake_parse_arguments(ARG "GUI;NO_LEAK_CHECK" "" "SOURCES;LINKS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE pr_test_main_gui)
    else()
        target_link_libraries(${name} PRIVATE pr_test_main_core)
    endif()
    target_link_libraries(${name} PRIVATE ${ARG_LINKS} Catch2::Catch2)
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    pr_set_warnings(${name})
    target_compile_definitions(${name} PRIVATE
        PR_SOURCE_DIR="${PROJECT_SOURCE_DIR}" PR_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(ARG_NO_LEAK_CHECK)
        target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/NoLeakCheck.cpp)
    endif()
    catch_discover_tests(${name}
        TEST_PREFIX "${name}: "
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS "${ARG_LABELS}")
endfunction()
