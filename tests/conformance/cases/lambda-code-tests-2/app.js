// Conformance case 'lambda-code-tests-2': Code.fromEcrImage beside code.test.ts's
// describe('lambda.Code.fromEcr') tests, at the edges of its props: an empty tagOrDigest (the URI
// with no tag: `tagOrDigest ?? tag ?? 'latest'` keeps ''), the deprecated tag, tagOrDigest over tag,
// empty cmd / entrypoint lists and an empty workingDirectory (an ImageConfig of them, all written),
// repositories imported by name, ARN and attributes (grantPull adds no policy to an import), one
// repository for two functions (one statement); a CfnParametersCode shared by two functions (its
// parameters made under the first) and one in a layer.
// Ported from aws-cdk: code.test.ts (the fromEcrImage props its tests use, at their limits)
'use strict';
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const repo = new ecr.Repository(stack, 'Repo');
const fn = (id, code) => new lambda.Function(stack, id, {
  code, handler: lambda.Handler.FROM_IMAGE, runtime: lambda.Runtime.FROM_IMAGE,
});
fn('EmptyTag', lambda.Code.fromEcrImage(repo, { tagOrDigest: '' }));
fn('DeprecatedTag', lambda.Code.fromEcrImage(repo, { tag: 'v1' }));
fn('BothTags', lambda.Code.fromEcrImage(repo, { tag: 'v1', tagOrDigest: 'sha256:abc' }));
fn('EmptyConfig', lambda.Code.fromEcrImage(repo, { cmd: [], entrypoint: [], workingDirectory: '' }));
fn('ByName', lambda.Code.fromEcrImage(ecr.Repository.fromRepositoryName(stack, 'ByNameRepo', 'my-repo'), { tagOrDigest: 'v2' }));
fn('ByArn', lambda.Code.fromEcrImage(ecr.Repository.fromRepositoryArn(stack, 'ByArnRepo',
  'arn:aws:ecr:us-east-1:123456789012:repository/other-repo')));
fn('ByAttrs', lambda.Code.fromEcrImage(ecr.Repository.fromRepositoryAttributes(stack, 'ByAttrsRepo', {
  repositoryArn: 'arn:aws:ecr:eu-west-1:111122223333:repository/third', repositoryName: 'third',
}), { cmd: ['a'] }));
fn('SameRepo', lambda.Code.fromEcrImage(repo, { tagOrDigest: 'v3' }));

const shared = new lambda.CfnParametersCode();
for (const id of ['ParamsA', 'ParamsB']) {
  new lambda.Function(stack, id, { code: shared, handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });
}
const layerCode = new lambda.CfnParametersCode();
new lambda.LayerVersion(stack, 'ParamsLayer', { code: layerCode });
new cdk.CfnOutput(stack, 'LayerBucketParam', { value: layerCode.bucketNameParam });
app.synth();
