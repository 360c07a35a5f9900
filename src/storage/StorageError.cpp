#include "storage/StorageError.h"
