/* Plain C beside the .ac files of `acc run`. */
int helper_offset(void) { return 7; }
