// Conformance case 'code-asset-image-ignore-mode': which files an image asset stages and hashes
// under each ignoreMode. With a .dockerignore (its lines first, then exclude, "!.dockerignore",
// "!Dockerfile", the output directory): the default (DOCKER: @aws-cdk/aws-ecr-assets:dockerIgnoreSupport,
// always on in v2), GLOB given explicitly (the same lines read as minimatch globs, matchBase), GIT,
// and exclude patterns with negations under DOCKER and GLOB. Without a .dockerignore: exclude alone,
// DOCKER against GLOB, and followSymlinks (in the hash).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ImageIgnore');
const image = path.join(__dirname, 'image');
const plain = path.join(__dirname, 'plain');
const fn = (id, dir, props) => new lambda.DockerImageFunction(stack, id, {
  code: lambda.DockerImageCode.fromImageAsset(dir, props),
});
fn('Default', image);
fn('Glob', image, { ignoreMode: cdk.IgnoreMode.GLOB });
fn('Git', image, { ignoreMode: cdk.IgnoreMode.GIT });
fn('DockerExclude', image, { exclude: ['build', '!build/keep.txt', 'docs'] });
fn('GlobExclude', image, { exclude: ['build/out.txt', 'index.js'], ignoreMode: cdk.IgnoreMode.GLOB });
fn('PlainDocker', plain, { exclude: ['*.txt', '!sub/keep.txt', 'build'], ignoreMode: cdk.IgnoreMode.DOCKER });
fn('PlainGlob', plain, { exclude: ['*.txt', '!keep.txt', 'build'], ignoreMode: cdk.IgnoreMode.GLOB });
fn('PlainFollowNever', plain, { exclude: ['build'], followSymlinks: cdk.SymlinkFollowMode.NEVER });
fn('PlainBlockExternal', plain, { exclude: ['build'], followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL });
app.synth();
