// The other half of tls.cpp: a thread_local defined in another file.
thread_local int other_file_value = 7;
int *other_file_address() { return &other_file_value; }
