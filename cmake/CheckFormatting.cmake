# cmake -DSOURCE_DIR=... -DCLANG_FORMAT=... -P CheckFormatting.cmake
# Fails when any C++ file under src/, tests/ or bench/ differs from what .clang-format makes
# of it. Fix with: clang-format -i FILE.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
     ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
     ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h)
set(unformatted "")
foreach(source IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${source}
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result
                    OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted ${source})
    endif()
endforeach()
list(LENGTH sources checked)
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "Not formatted (run clang-format -i):\n  ${listing}")
endif()
message(STATUS "${checked} files formatted as .clang-format says")
