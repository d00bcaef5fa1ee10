// Conformance case 'error-core-add-validation': core app.test.ts's 'app.synth() performs validation
// first and if there are errors, it returns the errors': node.addValidation on constructs of a
// stack (two reporting an error, one with two validations, one reporting none): aws-cdk-lib's
// "Validation failed with the following errors:" with a "[path] message" line each, tree order.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

class Child extends Construct {
  constructor(scope, id) {
    super(scope, id);
    this.node.addValidation({ validate: () => [`Error from ${this.node.id}`] });
  }
}

const app = new cdk.App();
const parent = new cdk.Stack(app, 'Parent');
new Child(parent, 'C1');
const c2 = new Child(parent, 'C2');
c2.node.addValidation({ validate: () => ['second error', 'third error'] });
const fine = new Construct(parent, 'Fine');
fine.node.addValidation({ validate: () => [] });
new Child(fine, 'Deep');
new cdk.CfnResource(parent, 'Res', { type: 'AWS::CloudFormation::WaitConditionHandle' });

app.synth();
