# ac.gdb: gdb commands for Async C programs. Load it with
#     (gdb) source PREFIX/share/ac/gdb/ac.gdb
# or add that line to ~/.gdbinit. Build the program with -g; acc's #line
# directives make `break file.ac:LINE`, `list` and `bt` use the .ac lines.
#
# Inside an async function (a generated resume function), its parameters and
# locals are members of its frame, `ac__f`: `print ac__f->name`.

define ac-stack
  if $argc == 0
    call (void) ac_print_stack(ac_current())
  else
    call (void) ac_print_stack((ac_task *) $arg0)
  end
end
document ac-stack
Prints the async stack of a task on stderr (ac_print_stack): every .ac frame
of its chain of awaits, outermost first, and what the innermost one waits on.
  ac-stack         the task running now
  ac-stack TASK    another task (an ac_task * expression)
end

define ac-locals
  print *ac__f
end
document ac-locals
Prints the frame of the async function being run: its parameters, its locals
(each named as in the .ac file), its resume state and the frames of the calls
it awaits.
end

define ac-task
  if $argc == 0
    printf "%s\n", ac_name(ac_current())
  else
    printf "%s\n", ac_name((ac_task *) $arg0)
  end
end
document ac-task
Prints the name of the task running now ("Task-N" unless set), or of TASK.
end
