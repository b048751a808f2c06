/*
 * async_table.c: every async function ac.h declares (`AC_ASYNC(T) name(...)`,
 * the table acc compiles in, generated from ac.h by cmake/AcAsyncTable.cmake)
 * has what the code acc generates uses to await it: the leaf frame type
 * NAME__frame, its initialiser NAME__init and the resume function
 * NAME__resume (ac/internal.h), and a result slot ac__ret of type T unless T
 * is void. A declaration added to ac.h without them fails to build here,
 * not in a user's program. Nothing here runs.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#include "ac.h"

#include <stddef.h>

#undef AC_ASYNC
#define AC_ASYNC(ret, name, params)                                          \
    {                                                                        \
        int (*resume)(void *, ac_task *) = name##__resume;                   \
        (void)resume;                                                        \
        (void)name##__init;                                                  \
        (void)sizeof(name##__frame);                                         \
    }

AC__UNUSED static void ac__async_table_check(void) {
#include "ac_async.def"
}
