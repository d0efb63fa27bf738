// The names of the constraints in place; the service checks the schema's are among them.
SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names;
