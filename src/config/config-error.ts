/** A configuration value Onboard cannot start with; the message names the variable, never its value. */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`Onboard: ${variable} ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}
