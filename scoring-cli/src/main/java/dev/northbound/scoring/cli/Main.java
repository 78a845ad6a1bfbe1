package dev.northbound.scoring.cli;

/** Entry point placeholder; replaced by the picocli front. */
public final class Main {
  private Main() {}

  /** Runs the CLI. @param args the arguments */
  public static void main(String[] args) {
    System.out.println("northbound");
  }
}
