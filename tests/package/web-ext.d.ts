/** The part of web-ext's Node API the package scripts use (web-ext ships no types). */
declare module 'web-ext' {
  interface LintResult {
    errors: Array<{ code: string; message: string; file?: string; line?: number; column?: number }>;
    warnings: Array<{ code: string; message: string; file?: string; line?: number; column?: number }>;
  }
  const webExt: {
    cmd: { lint(params: { sourceDir: string; output?: 'json' | 'text' | 'none' }, options: { shouldExitProgram: boolean }): Promise<LintResult> };
  };
  export default webExt;
}
