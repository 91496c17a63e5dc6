/* A core file that breaks every rule of the house. */
#include <gtk/gtk.h>

#include "fs-card-private.h"
#include "fs-board.h"
