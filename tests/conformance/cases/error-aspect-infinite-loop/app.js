// An aspect that makes a new resource for every construct it visits: aws-cdk-lib's stabilization
// loop gives up after its passes with "a possible infinite loop" (core/test/aspect.test.ts).
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const root = new cdk.Stack(app, 'My-Stack');
new Construct(root, 'MyConstruct');
let counter = 0;
cdk.Aspects.of(root).add({
  visit(node) {
    if (!(node instanceof cdk.Stack)) {
      new cdk.CfnResource(cdk.Stack.of(node), `InfiniteResource-${counter++}`, { type: 'AWS::CDK::Broken' });
    }
  },
});
app.synth();
