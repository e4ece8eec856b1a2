import Foundation
import PackagePlugin

/// Compiles the package's `lessons/` folder (the lessons and their data files) into the
/// target it is applied to, so the built `rnnlab` needs no checkout beside it. Every
/// file under `lessons/` is an input: editing or adding one rebuilds the embedding.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "lessons")
        let manager = FileManager.default
        let inputs = (manager.subpaths(atPath: lessons.path) ?? []).sorted().compactMap { relative -> URL? in
            var isDirectory: ObjCBool = false
            let url = lessons.appending(path: relative)
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return url
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding lessons/ in \(target.name)",
                executable: try context.tool(named: "lesson-embedder").url,
                arguments: [lessons.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
