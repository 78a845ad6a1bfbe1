/** File writing shared by the library and its tools: whole files, written atomically. */
package dev.northbound.scoring.core.io;
