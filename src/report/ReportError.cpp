#include "report/ReportError.h"
