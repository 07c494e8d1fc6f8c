/** The add-in's version, shown in the help section; a unit test keeps it equal to package.json's. */
export const VERSION = "1.0.0";
