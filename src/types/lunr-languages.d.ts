// lunr-languages ships no types: each file exports a function that registers itself on lunr.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: typeof import('lunr')) => void;
  export default register;
}
declare module 'lunr-languages/lunr.nl.js' {
  const register: (lunr: typeof import('lunr')) => void;
  export default register;
}
