/* A C header acc does not read: a function returning a handle, a typedef of
 * the handle type. */
#include <ac.h>
typedef ac_task *job;
ac_task *start_job(int id);
ac_gen *numbers_of(int n);
