// lunr-languages ships no types: each file exports a function that registers itself on the lunr
// object it gets (src/lib/search.ts hands it lunr).
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: object) => void;
  export default register;
}
declare module 'lunr-languages/lunr.nl.js' {
  const register: (lunr: object) => void;
  export default register;
}
