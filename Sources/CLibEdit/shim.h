// libedit's readline-compatible API: the only libedit surface benchq uses.
// The native el_set()/history() calls are variadic, which Swift cannot call.
#ifndef BENCHQ_CLIBEDIT_SHIM_H
#define BENCHQ_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <editline/readline.h>

#endif
