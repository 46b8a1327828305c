declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayes {
    definePrepTasks(tasks: ((text: string) => string[])[]): number;
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(text: string, label: string): boolean;
    consolidate(): boolean;
    computeOdds(text: string): [string, number][];
  }
  export default function Classifier(): NaiveBayes;
}
