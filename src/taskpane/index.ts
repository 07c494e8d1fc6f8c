Office.onReady(() => {
  /* the task pane is built in src/taskpane/ */
});
