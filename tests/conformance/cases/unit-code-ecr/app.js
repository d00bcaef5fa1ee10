// Conformance case 'unit-code-ecr': code.test.ts's lambda.Code.fromEcr tests, a stack each, on a
// repository of the stack (new ecr.Repository): 'repository uri is correctly identified' (the latest
// tag, no ImageConfig), 'props are correctly resolved' (cmd, entrypoint, tag, workingDirectory),
// 'digests are interpreted correctly' (repositoryUriForDigest), 'permission grants' (the repository
// policy that lets lambda.amazonaws.com pull).
'use strict';
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const ecrFn = (stackName, props) => {
  const stack = new cdk.Stack(app, stackName);
  const repo = new ecr.Repository(stack, 'Repo');
  new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromEcrImage(repo, props),
    handler: lambda.Handler.FROM_IMAGE,
    runtime: lambda.Runtime.FROM_IMAGE,
  });
};
ecrFn('RepositoryUri');
ecrFn('PropsResolved', {
  cmd: ['cmd', 'param1'], entrypoint: ['entrypoint', 'param2'], tagOrDigest: 'mytag', workingDirectory: '/some/path',
});
ecrFn('Digest', { tagOrDigest: 'sha256:afc607424cc02c92d4d6af5184a4fef46a69548e465a320808c6ff358b6a3a8d' });
app.synth();
