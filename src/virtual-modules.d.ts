// The virtual modules of src/integrations/site-data.ts.
declare module 'virtual:site/settings' {
  const settings: import('./site/settings').Settings;
  export default settings;
}
declare module 'virtual:site/git-info' {
  const changes: import('./record/versions').ContentChange[];
  export default changes;
}
