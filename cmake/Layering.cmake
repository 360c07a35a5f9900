# The layers of docs/architecture.md, enforced by the build.
#
# pr_add_layer(<target> ALLOWED <dep>... SOURCES <file>... [PUBLIC <dep>...] [PRIVATE <dep>...])
# declares one layer library. Every library it links (PUBLIC or PRIVATE) must appear in
# ALLOWED; configure fails otherwise, so a layer cannot quietly start to depend on a layer
# above it or on a part of Qt it must not see (pr_core links QtCore and nothing else of Qt).

function(pr_add_layer target)
    cmake_parse_arguments(ARG "" "" "ALLOWED;SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
    pr_set_warnings(${target})
    foreach(dep IN LISTS ARG_PUBLIC ARG_PRIVATE)
        if(NOT dep IN_LIST ARG_ALLOWED)
            message(FATAL_ERROR "Layering: ${target} may not link ${dep} "
                                "(allowed: ${ARG_ALLOWED}). See docs/architecture.md.")
        endif()
    endforeach()
    set_property(TARGET ${target} PROPERTY PR_ALLOWED_DEPENDENCIES "${ARG_ALLOWED}")
endfunction()

# Executables are checked the same way, transitively: the command-line tool must not reach
# QtWidgets through any layer it links. Called once all targets exist.
function(pr_forbid_transitive target forbidden)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            set(current ${aliased})
        endif()
        foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(deps ${current} ${prop})
            if(deps)
                foreach(dep IN LISTS deps)
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
                    if(dep STREQUAL forbidden)
                        message(FATAL_ERROR "Layering: ${target} reaches ${forbidden} through ${current}.")
                    endif()
                    list(APPEND queue ${dep})
                endforeach()
            endif()
        endforeach()
    endwhile()
endfunction()
