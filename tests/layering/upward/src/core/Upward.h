#pragma once

// A core header that reaches up into the desktop program: the layering check must refuse it.
#include "gui/MainWindow.h"
